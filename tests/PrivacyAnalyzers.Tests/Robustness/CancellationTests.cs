using System.Diagnostics;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;
using Xunit;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// Cancellation is honored promptly: the IDE cancels analysis on every keystroke. "Promptly" is
/// measured as the CPU time the process still burns after the cancel (at most a second), which does
/// not depend on how loaded the machine is; the wall-clock bound only catches a hang, because on a
/// shared CI machine a thread may wait seconds for a core.
/// </summary>
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

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis);
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        Assert.True(cpu < TimeSpan.FromSeconds(1), $"analysis burned {cpu.TotalMilliseconds:F0} ms of CPU after cancellation ({watch.Elapsed.TotalMilliseconds:F0} ms wall)");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"analysis stopped {watch.Elapsed.TotalMilliseconds:F0} ms after cancellation");
    }
}
