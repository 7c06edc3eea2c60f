using PrivacyAnalyzers.CodeGen.Fuzzing;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>The long fuzz mode: many more mutants than the test suite runs, with a new seed each time.</summary>
public static class LongFuzz
{
    public static async Task<int> RunAsync(int mutants)
    {
        var seed = Environment.TickCount;
        var references = ReferenceSets.Net80;
        var corpus = FuzzCorpus.Load();
        Console.WriteLine($"fuzzing {mutants} mutants of {corpus.Count} projects ({string.Join(", ", corpus.Select(p => p.Name))}), seed {seed}");
        var result = await FuzzRunner.RunAsync(corpus, references, mutants, seed, progress: n =>
        {
            if ((n + 1) % 500 == 0)
            {
                Console.WriteLine($"  {n + 1} mutants");
            }
        });
        var failures = result.Failures;
        foreach (var failure in failures)
        {
            Console.WriteLine(failure);
            Console.WriteLine("---- mutant text ----");
            Console.WriteLine(failure.Text);
            Console.WriteLine("---------------------");
        }

        Console.WriteLine($"{failures.Count} failing mutant(s) of {mutants} (seed {seed})");
        return failures.Count == 0 ? 0 : 1;
    }
}
