using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// Wall seconds and CPU seconds of this process (all threads). On a shared machine the CPU time is
/// the steadier measure of work; the wall time is what a user waits for.
/// </summary>
public readonly record struct Cost(double Wall, double Cpu)
{
    public static Cost Best(Cost a, Cost b) => new Cost(Math.Min(a.Wall, b.Wall), Math.Min(a.Cpu, b.Cpu));

    public static Cost operator -(Cost a, Cost b) => new Cost(Math.Max(0, a.Wall - b.Wall), Math.Max(0, a.Cpu - b.Cpu));

    public static readonly Cost Worst = new Cost(double.MaxValue, double.MaxValue);
}

/// <summary>The numbers of one codebase. Times are the best of the repeats (the least disturbed by other load).</summary>
public sealed record Measurement(
    string Label,
    GeneratedCodebase Codebase,
    Cost Compile,
    Cost Bind,
    Cost Analysis,
    double CallbackSeconds,
    double CompileMegabytes,
    double BindMegabytes,
    double AddedMegabytes,
    LeakMatch Match,
    int AnalyzerExceptions,
    bool BindsCompilation)
{
    /// <summary>
    /// What analyzers add: the analysis run minus the binding it shares with the compiler, when it does bind
    /// every method body; the whole analysis run when the analyzers registered tree actions only.
    /// </summary>
    public Cost Analyzer => BindsCompilation ? Analysis - Bind : Analysis;

    public double CpuRatio => Analyzer.Cpu / Compile.Cpu;

    public double WallRatio => Analyzer.Wall / Compile.Wall;
}

/// <summary>
/// Measures one codebase on fresh compilations (nothing bound beforehand):
/// compile = declaration diagnostics + emit to memory, as csc does (emit binds every method body and reports its errors);
/// bind = <c>GetDiagnostics()</c>, the binding that <c>CompilationWithAnalyzers</c> performs to feed analyzers;
/// analysis = <c>GetAnalyzerDiagnosticsAsync</c> with every analyzer of the package, concurrent;
/// analyzer time = analysis - bind (or the whole analysis when no analyzer action made the driver bind the compilation).
/// </summary>
public static class Measurer
{
    /// <param name="analyzers">The analyzers to run; by default every analyzer of the package.</param>
    /// <param name="reuse">A measurement of the same codebase whose compile and bind costs are reused (only the analysis is run).</param>
    public static Measurement Measure(
        string label,
        GeneratedCodebase codebase,
        ImmutableArray<MetadataReference> references,
        int repeats,
        ImmutableArray<DiagnosticAnalyzer> analyzers = default,
        Measurement? reuse = null)
    {
        var trees = CompilationFactory.Parse(codebase);
        analyzers = analyzers.IsDefault ? PackageAnalyzers.Create() : analyzers;
        Cost compile = reuse?.Compile ?? Cost.Worst, bind = reuse?.Bind ?? Cost.Worst, analysis = Cost.Worst;
        var callbacks = double.MaxValue;
        double compileMb = reuse?.CompileMegabytes ?? 0, bindMb = reuse?.BindMegabytes ?? 0, analysisMb = 0;
        AnalysisOutcome? outcome = null;
        for (var i = 0; i < repeats; i++)
        {
            if (reuse == null)
            {
                var (emitCost, emitMb) = Time(() => Emit(CompilationFactory.Create(label, trees, references)));
                compile = Cost.Best(compile, emitCost);
                compileMb = emitMb;

                var (bindCost, bindAlloc) = Time(() => CompilationFactory.Create(label, trees, references).GetDiagnostics());
                bind = Cost.Best(bind, bindCost);
                bindMb = bindAlloc;
            }

            var fresh = CompilationFactory.Create(label, trees, references);
            var (analysisCost, analysisAlloc) = Time(() => outcome = AnalyzerRunner.RunAsync(fresh, analyzers, logExecutionTime: true).GetAwaiter().GetResult());
            analysis = Cost.Best(analysis, analysisCost);
            callbacks = Math.Min(callbacks, outcome!.CallbackTime.TotalSeconds);
            analysisMb = analysisAlloc;
        }

        var match = LeakMatcher.Match(outcome!.Diagnostics, codebase.Leaks);
        return new Measurement(label, codebase, compile, bind, analysis, callbacks, compileMb, bindMb, outcome.BindsCompilation ? Math.Max(0, analysisMb - bindMb) : analysisMb, match, outcome.Exceptions.Count, outcome.BindsCompilation);
    }

    private static void Emit(Compilation compilation)
    {
        compilation.GetDeclarationDiagnostics();
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (!result.Success || errors.Count > 0)
        {
            throw new InvalidOperationException("The generated codebase does not compile:\n" + string.Join("\n", errors));
        }
    }

    /// <summary>Cost and allocated megabytes (all threads) of one action, after a full collection.</summary>
    private static (Cost Cost, double Megabytes) Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return (new Cost(watch.Elapsed.TotalSeconds, cpu.TotalSeconds), allocated / (1024.0 * 1024.0));
    }
}
