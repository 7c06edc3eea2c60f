using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// An analyzer test over .NET 8 reference assemblies with the annotations referenced and
/// <c>using PrivacyAnalyzers;</c> available. Markup: <c>{|PRIV001:expr|}</c> marks an expected diagnostic.
/// </summary>
public sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(string source, params DiagnosticResult[] expected)
    {
        ReferenceAssemblies = References.Net80;
        TestCode = source;
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location));
        ExpectedDiagnostics.AddRange(expected);
    }

    /// <summary>Adds a rules file (<c>PrivacyRules.txt</c>) as an additional file.</summary>
    public AnalyzerTest<TAnalyzer> WithRules(string text, string name = "PrivacyRules.txt")
    {
        TestState.AdditionalFiles.Add((name, text));
        return this;
    }

    /// <summary>Adds an <c>.editorconfig</c>-style global config.</summary>
    public AnalyzerTest<TAnalyzer> WithGlobalConfig(string text)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + text));
        return this;
    }
}

public static class References
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;
}
