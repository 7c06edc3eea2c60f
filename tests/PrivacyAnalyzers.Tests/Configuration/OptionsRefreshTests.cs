using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Flow;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

/// <summary>
/// The model is keyed by everything it reads: an editor that keeps the compilation and changes only a rules
/// file or an option gets diagnostics for the new content. Options that can differ per file are read per file.
/// </summary>
public class OptionsRefreshTests
{
    private const string Code = """
        namespace Acme { public static class Crm { public static void Push(string value) { } } }
        class C { void M(Account a) { Acme.Crm.Push(a.Email); } }
        """;

    private static async Task<string[]> IdsAsync(Compilation compilation, string rules)
    {
        var options = TestCompilations.Options(null, ("/p/PrivacyRules.txt", rules));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PrivacyFlowAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task Editing_only_the_rules_file_changes_the_diagnostics_of_the_same_compilation()
    {
        var compilation = TestCompilations.Create(FlowVerifier.Prelude + Code);

        Assert.Empty(await IdsAsync(compilation, "# nothing yet\n"));
        Assert.Equal(new[] { "PRIV002" }, await IdsAsync(compilation, "sink: M:Acme.Crm.Push ; third_party ; Acme CRM\n"));
        Assert.Equal(new[] { "PRIV003" }, await IdsAsync(compilation, "sink: M:Acme.Crm.Push ; logging\n"));
        Assert.Equal(new[] { "PRIV002" }, await IdsAsync(compilation, "sink: M:Acme.Crm.Push ; third_party ; Acme CRM\n"));
        Assert.Same(
            PrivacyModelCache.Get(compilation, TestCompilations.Options(null, ("/p/PrivacyRules.txt", "sink: M:Acme.Crm.Push ; logging\n")), default),
            PrivacyModelCache.Get(compilation, TestCompilations.Options(null, ("/p/PrivacyRules.txt", "sink: M:Acme.Crm.Push ; logging\n")), default));
    }

    [Fact]
    public Task Disclosure_required_for_is_read_from_the_editorconfig_section_of_each_file()
    {
        var test = new AnalyzerTest<PrivacyFlowAnalyzer>(FlowVerifier.Prelude + "class A { void M(Account a) { Stats.Track(\"signup\", {|PRIV002:a.Email|}); } }");
        test.TestState.Sources.Add(("/0/Internal/B.cs", "class B { void M(Account a) { Stats.Track(\"signup\", a.Email); } }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/0/Internal/*.cs]\nprivacy_analyzers.disclosure_required_for = advertising\n"));
        return test.RunAsync();
    }
}
