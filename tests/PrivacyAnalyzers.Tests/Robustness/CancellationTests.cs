using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>Tests that measure the whole process's CPU: they run alone, after every parallel test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Runs alone (measures process CPU)";
}

/// <summary>
/// Cancellation is honored promptly: the IDE cancels analysis on every keystroke. The cancel comes from
/// inside the analysis, once a fixed number of method bodies have been analyzed, so the analysis is certainly under
/// way however fast the machine is. "Promptly" is the CPU time the process still burns after the cancel
/// (at most a second); the test runs alone, so that time is the analysis's own, and the wall-clock bound
/// only catches a hang.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Collection(AloneCollection.Name)]
public sealed class CancellationTests
{
    private const int MethodsBeforeCancel = 400;

    [Fact]
    public async Task Analysis_of_80k_lines_stops_within_a_second_of_cancellation()
    {
        var codebase = CodebaseGenerator.Generate(new GeneratorOptions(TargetLines: 80_000));
        var compilation = CompilationFactory.Create("Cancellation", CompilationFactory.Parse(codebase), ReferenceSets.Net80);
        using var cancellation = new CancellationTokenSource();
        var trigger = new CancelAfterMethods(MethodsBeforeCancel, cancellation);
        var analyzers = PackageAnalyzers.Create();
        Assert.NotEmpty(analyzers);

        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => AnalyzerRunner.RunAsync(compilation, analyzers.Add(trigger), cancellationToken: cancellation.Token));
        var after = Process.GetCurrentProcess().TotalProcessorTime;

        Assert.True(trigger.CancelledAt.HasValue, "the analysis ended before it reached the cancel point; the test proves nothing");
        var cpu = after - trigger.CancelledAt!.Value.Cpu;
        var wall = watch.Elapsed - trigger.CancelledAt.Value.Wall;
        Assert.True(cpu < TimeSpan.FromSeconds(1), $"analysis burned {cpu.TotalMilliseconds:F0} ms of CPU after cancellation ({wall.TotalMilliseconds:F0} ms wall)");
        Assert.True(wall < TimeSpan.FromSeconds(10), $"analysis stopped {wall.TotalMilliseconds:F0} ms after cancellation");
    }

    /// <summary>Cancels the run when the n-th method body has been analyzed, and notes the process CPU and the time then.</summary>
#pragma warning disable RS1001, RS1025, RS1026, RS2008 // a test probe, never shipped
    private sealed class CancelAfterMethods(int methods, CancellationTokenSource cancellation) : DiagnosticAnalyzer
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        // The driver skips an analyzer that can report nothing, so the probe declares a descriptor it never uses.
        private static readonly DiagnosticDescriptor Unused = new("PROBE01", "Probe", "Probe", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
        private int _started;

        public (TimeSpan Cpu, TimeSpan Wall)? CancelledAt { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockAction(_ =>
            {
                if (Interlocked.Increment(ref _started) == methods)
                {
                    CancelledAt = (Process.GetCurrentProcess().TotalProcessorTime, _watch.Elapsed);
                    cancellation.Cancel();
                }
            });
        }
    }
#pragma warning restore RS1001, RS1025, RS1026, RS2008
}
