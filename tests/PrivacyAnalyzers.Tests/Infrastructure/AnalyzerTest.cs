using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// An analyzer test over the <see cref="ReferenceSets.Net80"/> reference set (the annotations included) and
/// <c>using PrivacyAnalyzers;</c> available. Markup: <c>{|PRIV001:expr|}</c> marks an expected diagnostic.
/// </summary>
public sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(string source, params DiagnosticResult[] expected)
    {
        ReferenceAssemblies = TestHost.NoReferenceAssemblies;
        TestCode = source;
        TestState.AdditionalReferences.AddRange(ReferenceSets.Net80);
        ExpectedDiagnostics.AddRange(expected);
    }

    /// <summary>Compiles against the reference set with these restored packages too.</summary>
    public AnalyzerTest<TAnalyzer> WithPackages(params (string Id, string Version)[] packages)
    {
        TestState.AdditionalReferences.Clear();
        TestState.AdditionalReferences.AddRange(ReferenceSets.Net80With(packages));
        return this;
    }

    /// <summary>Adds a rules file (<c>PrivacyRules.txt</c>) as an additional file.</summary>
    public AnalyzerTest<TAnalyzer> WithRules(string text, string name = "PrivacyRules.txt")
    {
        TestState.AdditionalFiles.Add((name, text));
        return this;
    }

    /// <summary>
    /// Flow tests run twice: as by default (each method decided as it comes) and with <c>PrivacyCommandLineBuild=true</c>
    /// (decisions that need another body wait for compilation end). Both must report
    /// exactly the expected diagnostics.
    /// </summary>
    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        await base.RunImplAsync(cancellationToken);
        if (typeof(TAnalyzer) == typeof(PrivacyAnalyzers.Rules.PrivacyFlowAnalyzer)
            && !TestState.AnalyzerConfigFiles.Any(f => f.content.ToString().Contains("PrivacyCommandLineBuild", StringComparison.Ordinal)))
        {
            TestState.AnalyzerConfigFiles.Add(("/command-line.globalconfig", "is_global = true\nbuild_property.PrivacyCommandLineBuild = true\n"));
            await base.RunImplAsync(cancellationToken);
        }
    }

    /// <summary>Adds an <c>.editorconfig</c>-style global config.</summary>
    public AnalyzerTest<TAnalyzer> WithGlobalConfig(string text)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + text));
        return this;
    }
}

/// <summary>What the analyzer-test library needs of its own to host our reference sets.</summary>
public static class TestHost
{
    /// <summary>
    /// No reference assemblies of the test library's own: it would resolve them from NuGet at test time.
    /// Every test adds a named <see cref="ReferenceSets"/> set as additional references instead.
    /// </summary>
    public static readonly ReferenceAssemblies NoReferenceAssemblies = new("net8.0");
}
