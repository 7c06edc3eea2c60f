using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// Wall seconds and CPU seconds (user + system, all threads). On a shared machine the CPU time is the steadier
/// measure of work; the wall time is what a user waits for.
/// </summary>
public readonly record struct Cost(double Wall, double Cpu)
{
    public static Cost Best(Cost a, Cost b) => new Cost(Math.Min(a.Wall, b.Wall), Math.Min(a.Cpu, b.Cpu));

    public static Cost operator -(Cost a, Cost b) => new Cost(Math.Max(0, a.Wall - b.Wall), Math.Max(0, a.Cpu - b.Cpu));

    public static readonly Cost Worst = new Cost(double.MaxValue, double.MaxValue);

    public static Cost Of(CompilerRun run) => new Cost(run.WallSeconds, run.CpuSeconds);
}

/// <summary>The numbers of one codebase. Times are the best of the repeats (the least disturbed by other load).</summary>
/// <param name="Compile">csc without analyzers: the compiler's own work (parse, bind, emit).</param>
/// <param name="Build">csc with the analyzers measured.</param>
/// <param name="CompilePeakMegabytes">Peak resident memory of the compiler without analyzers.</param>
/// <param name="BuildPeakMegabytes">Peak resident memory of the compiler with them.</param>
/// <param name="Allocations">In-process allocations of the same analyzers; null when not measured.</param>
/// <param name="Match">The build's analyzer diagnostics against the planted leaks.</param>
public sealed record Measurement(
    string Label,
    GeneratedCodebase Codebase,
    Cost Compile,
    Cost Build,
    double CompilePeakMegabytes,
    double BuildPeakMegabytes,
    InProcessOutcome? Allocations,
    LeakMatch Match)
{
    /// <summary>What the analyzers add to a build.</summary>
    public Cost Analyzer => Build - Compile;

    public double CpuRatio => Analyzer.Cpu / Compile.Cpu;

    public double WallRatio => Analyzer.Wall / Compile.Wall;

    /// <summary>Analyzer exceptions: AD0001 in the build's output, and any exception of the in-process run.</summary>
    public int AnalyzerExceptions => Match.Other.Count(d => d.Id == "AD0001") + (Allocations?.Exceptions ?? 0);
}

/// <summary>What the in-process run shows that a compiler process cannot: allocations and the exceptions themselves.</summary>
/// <param name="AddedMegabytes">Allocated by the analysis run beyond the binding it shares with the compiler.</param>
/// <param name="CallbackSeconds">Time inside analyzer callbacks, summed over threads.</param>
/// <param name="SameDiagnostics">Whether the in-process run reported exactly what the build reported.</param>
public sealed record InProcessOutcome(double AddedMegabytes, double CallbackSeconds, int Exceptions, bool SameDiagnostics);
