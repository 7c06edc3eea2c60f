using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.CodeGen.Fuzzing;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzers must survive the half-typed code an editor sees: a few hundred seeded mutants of
/// the sample, the generated codebase and representative snippets, with no analyzer exception and no AD0001.
/// The benchmark's <c>--fuzz-long</c> mode runs many more with a fresh seed.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
public sealed class FuzzTests
{
    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    private const int Seed = 20261129;

    /// <summary>Exactly this many mutants are checked on every machine, fast or slow: the seeded sequence is never cut short.</summary>
    private const int Mutants = 300;

    [Fact]
    public void Corpus_is_valid_csharp_before_mutation()
    {
        foreach (var project in FuzzCorpus.Load())
        {
            foreach (var (path, text) in project.Files)
            {
                var errors = CSharpSyntaxTree.ParseText(text, CompilationFactory.ParseOptions, path).GetDiagnostics()
                    .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, $"{project.Name}/{path}: {string.Join("; ", errors)}");
            }
        }
    }

    [Fact]
    public async Task Unmutated_corpus_runs_without_analyzer_exceptions()
    {
        var references = ReferenceSets.Net80;
        var analyzers = PackageAnalyzers.Create();
        Assert.NotEmpty(analyzers);
        foreach (var project in FuzzCorpus.Load())
        {
            Assert.Null(await FuzzRunner.AnalyzeAsync(project.Files, project.Rules, references, analyzers));
        }
    }

    /// <summary>A library's summary (PRIV902) summarizes every visible member of half-typed code too.</summary>
    [Fact]
    public async Task The_library_summary_survives_mutants()
    {
        var result = await FuzzRunner.RunAsync(FuzzCorpus.Load(), ReferenceSets.Net80, 80, Seed + 7,
            globalOptions: new Dictionary<string, string> { ["build_property.PrivacySummary"] = "true" });
        Assert.Equal(80, result.Mutants);
        Assert.True(result.Failures.Count == 0, string.Join("\n\n", result.Failures.Take(3).Select(f => $"{f.Project}/{f.File} ({f.Mutation}): {f.Error}")));
    }

    [Fact]
    public async Task Analyzers_survive_hundreds_of_mutants()
    {
        Assert.NotEmpty(PackageAnalyzers.Create());
        var references = ReferenceSets.Net80;
        var result = await FuzzRunner.RunAsync(FuzzCorpus.Load(), references, Mutants, Seed);
        _output.WriteLine($"{result.Mutants} mutants analyzed (seed {Seed})");
        Assert.Equal(Mutants, result.Mutants);
        Assert.True(result.Failures.Count == 0,
            $"{result.Failures.Count} of {result.Mutants} mutants crashed an analyzer (seed {Seed}):\n\n" + string.Join("\n\n", result.Failures.Take(5)));
    }

    [Fact]
    public void Mutator_is_seeded_and_changes_the_text()
    {
        var text = FuzzSnippets.All[0].Code;
        var mutants = new List<Mutant>();
        var a = new SourceMutator(7);
        var b = new SourceMutator(7);
        for (var i = 0; i < 20; i++)
        {
            var left = a.Mutate(text);
            var right = b.Mutate(text);
            Assert.Equal(left, right);
            Assert.NotEqual(text, left.Text);
            mutants.Add(left);
        }

        Assert.True(mutants.Select(m => m.Text).Distinct().Count() > 15, "mutants should differ from each other");
    }
}
