using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// A code-fix test over .NET 8 reference assemblies with the annotations referenced. The framework
/// checks the single fix and Fix All (document, project, solution) against <c>FixedCode</c>.
/// </summary>
public sealed class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource)
    {
        ReferenceAssemblies = References.Net80;
        TestCode = source;
        FixedCode = fixedSource;
        TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location));
        FixedState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location));
    }
}
