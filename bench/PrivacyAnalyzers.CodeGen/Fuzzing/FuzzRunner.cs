using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.CodeGen.Fuzzing;

/// <summary>A mutant on which an analyzer threw: enough to reproduce it.</summary>
public sealed record FuzzFailure(int Number, string Project, string File, string Mutation, string Error, string Text)
{
    public override string ToString() => $"mutant #{Number} of {Project}/{File} ({Mutation}):\n{Error}";
}

/// <summary>How many mutants ran, and those on which an analyzer threw.</summary>
public sealed record FuzzResult(int Mutants, IReadOnlyList<FuzzFailure> Failures);

/// <summary>
/// Makes mutants of the corpus with a fixed seed and runs every analyzer of the package on each,
/// collecting analyzer exceptions and AD0001 diagnostics. One file (or the rules file) is mutated
/// per mutant; the rest of its project stays valid, as in an editor.
/// </summary>
public static class FuzzRunner
{
    private const string RulesPath = "PrivacyRules.txt";

    /// <param name="budget">Stop early after this much wall time (the sequence of mutants stays the same, it is only cut short).</param>
    public static async Task<FuzzResult> RunAsync(
        IReadOnlyList<FuzzProject> corpus,
        ImmutableArray<MetadataReference> references,
        int mutants,
        int seed,
        TimeSpan? budget = null,
        Action<int>? progress = null,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var analyzers = PackageAnalyzers.Create();
        var mutator = new SourceMutator(seed);
        var picker = new Random(seed + 1);
        var failures = new List<FuzzFailure>();
        var number = 0;
        for (; number < mutants && (budget == null || watch.Elapsed < budget); number++)
        {
            var project = corpus[number % corpus.Count];
            var mutateRules = project.Rules.Length > 0 && picker.Next(4) == 0;
            var fileIndex = picker.Next(project.Files.Count);
            var files = project.Files.ToList();
            var rules = project.Rules;
            string file, mutation, text;
            if (mutateRules)
            {
                var mutant = mutator.MutateLines(rules);
                (file, mutation, text, rules) = (RulesPath, mutant.Description, mutant.Text, mutant.Text);
            }
            else
            {
                var mutant = mutator.Mutate(files[fileIndex].Text);
                files[fileIndex] = (files[fileIndex].Path, mutant.Text);
                (file, mutation, text) = (files[fileIndex].Path, mutant.Description, mutant.Text);
            }

            var error = await AnalyzeAsync(files, rules, references, analyzers, globalOptions).ConfigureAwait(false);
            if (error != null)
            {
                failures.Add(new FuzzFailure(number, project.Name, file, mutation, error, text));
            }

            progress?.Invoke(number);
        }

        return new FuzzResult(number, failures);
    }

    /// <summary>Null when the analyzers ran cleanly, otherwise what went wrong.</summary>
    public static async Task<string?> AnalyzeAsync(
        IReadOnlyList<(string Path, string Text)> files,
        string rules,
        ImmutableArray<MetadataReference> references,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var compilation = CompilationFactory.Create("Fuzz", CompilationFactory.Parse(files), references);
        var additional = rules.Length == 0
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(RulesPath, rules));
        try
        {
            var outcome = await AnalyzerRunner.RunAsync(compilation, analyzers, additional, globalOptions: globalOptions).ConfigureAwait(false);
            var crashes = outcome.Diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()).Concat(outcome.Exceptions).ToList();
            return crashes.Count == 0 ? null : string.Join("\n", crashes);
        }
        catch (Exception exception)
        {
            return "the analysis itself failed: " + exception;
        }
    }
}
