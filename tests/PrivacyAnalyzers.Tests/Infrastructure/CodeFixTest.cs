using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// A code-fix test over the <see cref="ReferenceSets.Net80"/> reference set (the annotations included). The framework
/// checks the single fix and Fix All (document, project, solution) against <c>FixedCode</c>.
/// </summary>
public sealed class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource)
    {
        ReferenceAssemblies = TestHost.NoReferenceAssemblies;
        TestCode = source;
        FixedCode = fixedSource;
        TestState.AdditionalReferences.AddRange(ReferenceSets.Net80);
        FixedState.AdditionalReferences.AddRange(ReferenceSets.Net80);
    }
}
