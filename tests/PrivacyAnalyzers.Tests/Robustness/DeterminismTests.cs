using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeGen.Fuzzing;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// The same input gives the same diagnostics — ids, locations, paths (additional locations, in order),
/// messages and properties — across repeated and simultaneous runs with concurrent analysis on.
/// Diagnostics are compared in the order the compiler prints them (by location); the order of the
/// driver's result list belongs to Roslyn, but the order of each path is ours.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
public sealed class DeterminismTests
{
    private const int Runs = 3;

    /// <param name="commandLine">As the targets set up a command-line build: every method waits for compilation end with its
    /// tree kept, and the analyses there run in parallel. Either way the result is what the editor's way reports.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Repeated_runs_report_identical_diagnostics(bool commandLine)
    {
        var (trees, references, additional) = await InputAsync();
        var baseline = await DescribeAsync(trees, references, additional);
        Assert.NotEmpty(baseline);
        for (var run = 1; run < Runs; run++)
        {
            Assert.Equal(baseline, await DescribeAsync(trees, references, additional, commandLine ? CommandLine : null));
        }
    }

    [Fact]
    public async Task Simultaneous_runs_report_identical_diagnostics()
    {
        var (trees, references, additional) = await InputAsync();
        var baseline = await DescribeAsync(trees, references, additional);
        Assert.NotEmpty(baseline);
        var parallel = await Task.WhenAll(Enumerable.Range(0, Runs).Select(_ => Task.Run(() => DescribeAsync(trees, references, additional))));
        Assert.All(parallel, result => Assert.Equal(baseline, result));
    }

    /// <summary>A generated codebase with a planted leak in every module, plus the rules-file snippet.</summary>
    private static async Task<(ImmutableArray<SyntaxTree> Trees, ImmutableArray<MetadataReference> References, ImmutableArray<AdditionalText> Additional)> InputAsync()
    {
        var codebase = CodebaseGenerator.Generate(new GeneratorOptions(TargetLines: 2_000, LeakEvery: 1));
        var rules = FuzzSnippets.All.Single(s => s.Name == "RulesFile");
        var files = codebase.Files.Select(f => (f.Path, f.Text)).Append((rules.Name + ".cs", rules.Code));
        var additional = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("PrivacyRules.txt", rules.Rules));
        return (CompilationFactory.Parse(files), ReferenceSets.Net80, additional);
    }

    /// <summary>What the targets give a command-line build: every method waits for compilation end with its tree kept.</summary>
    private static readonly IReadOnlyDictionary<string, string> CommandLine = new Dictionary<string, string> { ["build_property.PrivacyCommandLineBuild"] = "true" };

    private static async Task<IReadOnlyList<string>> DescribeAsync(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, ImmutableArray<AdditionalText> additional,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var compilation = CompilationFactory.Create("Determinism", trees, references);
        var outcome = await AnalyzerRunner.RunAsync(compilation, PackageAnalyzers.Create(), additional, globalOptions: globalOptions);
        Assert.Empty(outcome.Exceptions);
        return outcome.Diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .Select(d => DiagnosticText.Describe(d) + " " + string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)))
            .ToList();
    }
}
