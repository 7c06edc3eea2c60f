using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// Plain compilations (no analyzer driver) over a named <see cref="ReferenceSets"/> set, optionally with
/// restored NuGet packages, for testing the configuration layer and the engine directly.
/// </summary>
public static class TestCompilations
{
    public static CSharpCompilation Create(string source, params (string Id, string Version)[] packages) =>
        CSharpCompilation.Create(
            "TestProject",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs") },
            ReferenceSets.Net80With(packages),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The privacy model the analyzers would see, with rules files and global options.</summary>
    internal static PrivacyModel Model(Compilation compilation, string? globalConfig = null, params (string Path, string Text)[] files) =>
        PrivacyModelCache.Get(compilation, Options(globalConfig, files), CancellationToken.None);

    internal static AnalyzerOptions Options(string? globalConfig, params (string Path, string Text)[] files) =>
        new(files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray(), new TestOptionsProvider(globalConfig));

    public sealed class TestAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Global options from "key = value" lines, as a .globalconfig gives them.</summary>
    private sealed class TestOptionsProvider(string? globalConfig) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globalConfig);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null);

        private sealed class Options(string? text) : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values = (text ?? "")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split('=', 2))
                .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
