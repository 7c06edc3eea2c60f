using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// Plain compilations (no analyzer driver) over .NET 8 reference assemblies, optionally with real NuGet
/// packages, for testing the configuration layer directly. Reference sets are resolved once per package set.
/// </summary>
public static class TestCompilations
{
    private static readonly ConcurrentDictionary<string, Task<ImmutableArray<MetadataReference>>> References = new();

    public static async Task<CSharpCompilation> CreateAsync(string source, params (string Id, string Version)[] packages)
    {
        var key = string.Join(";", packages.Select(p => p.Id + "/" + p.Version));
        var references = await References.GetOrAdd(key, _ => ResolveAsync(packages));
        return CSharpCompilation.Create(
            "TestProject",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs") },
            references.Add(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The privacy model the analyzers would see, with rules files and global options.</summary>
    internal static PrivacyModel Model(Compilation compilation, string? globalConfig = null, params (string Path, string Text)[] files) =>
        PrivacyModelCache.Get(compilation, Options(globalConfig, files), CancellationToken.None);

    internal static AnalyzerOptions Options(string? globalConfig, params (string Path, string Text)[] files) =>
        new(files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray(), new TestOptionsProvider(globalConfig));

    private static async Task<ImmutableArray<MetadataReference>> ResolveAsync((string Id, string Version)[] packages)
    {
        var assemblies = ReferenceAssemblies.Net.Net80;
        if (packages.Length > 0)
        {
            assemblies = assemblies.AddPackages(packages.Select(p => new PackageIdentity(p.Id, p.Version)).ToImmutableArray());
        }

        return await assemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
    }

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
