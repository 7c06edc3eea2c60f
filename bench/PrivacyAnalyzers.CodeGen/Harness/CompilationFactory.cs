using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.CodeGen.Generation;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>Parses sources and builds library compilations the way a project build would (C# 12, nullable on, concurrent build).</summary>
public static class CompilationFactory
{
    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);

    private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: true,
        deterministic: true);

    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<(string Path, string Text)> sources) =>
        sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)).ToImmutableArray();

    public static ImmutableArray<SyntaxTree> Parse(GeneratedCodebase codebase) =>
        Parse(codebase.Files.Select(f => (f.Path, f.Text)));

    /// <summary>A fresh compilation: nothing bound yet, so each measurement pays the full price.</summary>
    public static CSharpCompilation Create(string name, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references) =>
        CSharpCompilation.Create(name, trees, references, Options);
}
