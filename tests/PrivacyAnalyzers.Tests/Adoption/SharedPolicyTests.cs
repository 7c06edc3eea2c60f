using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using MalformedTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.MalformedAnnotationAnalyzer>;

namespace PrivacyAnalyzers.Tests.Adoption;

/// <summary>A rules file shared by a whole solution: symbols one project does not reference are silent there.</summary>
public sealed class SharedPolicyTests
{
    private const string Rules = """
        sink: M:Acme.Ads.Upload ; advertising ; Acme
        sink: M:Billing.Ledger.Post ; processor ; Stripe
        sink: M:Acme.Ads.Upload ; advertizing ; Acme
        """;

    private static MalformedTest Test(bool shared)
    {
        var test = new MalformedTest("namespace Acme { public static class Ads { public static void Upload(string id) { } } }");
        test.TestState.AdditionalFiles.Add(("/repo/PrivacyRules.txt", Rules));
        if (shared)
        {
            // What the SDK's generated global config says of a rules file the package's props found above the project.
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n[/repo/PrivacyRules.txt]\nbuild_metadata.AdditionalFiles.PrivacyShared = true\n"));
        }

        // A bad line is a PRIV010 either way: it is wrong in every project.
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRIV010", DiagnosticSeverity.Warning).WithSpan("/repo/PrivacyRules.txt", 3, 1, 3, 45)
            .WithMessage("Unknown recipient 'advertizing': expected processor, affiliate, third_party, advertising, analytics, logging, ai_provider"));
        return test;
    }

    [Fact]
    public Task In_a_shared_file_a_symbol_the_project_does_not_reference_is_silent() => Test(shared: true).RunAsync();

    [Fact]
    public Task In_the_project_own_file_it_is_PRIV010()
    {
        var test = Test(shared: false);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRIV010", DiagnosticSeverity.Warning).WithSpan("/repo/PrivacyRules.txt", 2, 1, 2, 49)
            .WithMessage("'M:Billing.Ledger.Post' names no symbol of the compilation or its references"));
        return test.RunAsync();
    }
}
