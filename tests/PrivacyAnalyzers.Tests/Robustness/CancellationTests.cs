using System.Diagnostics;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;
using Xunit;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>Cancellation is honored promptly: the IDE cancels analysis on every keystroke.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Analysis_of_80k_lines_stops_within_a_second_of_cancellation()
    {
        var codebase = CodebaseGenerator.Generate(new GeneratorOptions(TargetLines: 80_000));
        var compilation = CompilationFactory.Create("Cancellation", CompilationFactory.Parse(codebase), await ReferenceSet.GetAsync());
        var analyzers = PackageAnalyzers.Create();
        Assert.NotEmpty(analyzers);

        using var cancellation = new CancellationTokenSource();
        var analysis = Task.Run(() => AnalyzerRunner.RunAsync(compilation, analyzers, cancellationToken: cancellation.Token));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(analysis.IsCompleted, "the analysis finished before it could be cancelled; the test proves nothing");

        var watch = Stopwatch.StartNew();
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"analysis stopped {watch.Elapsed.TotalMilliseconds:F0} ms after cancellation");
    }
}
