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

    /// <summary>Signed: a difference below zero is measurement noise, and is shown as such.</summary>
    public static Cost operator -(Cost a, Cost b) => new Cost(a.Wall - b.Wall, a.Cpu - b.Cpu);

    public static Cost Mean(IReadOnlyCollection<Cost> costs) => new Cost(costs.Average(c => c.Wall), costs.Average(c => c.Cpu));

    public static readonly Cost Worst = new Cost(double.MaxValue, double.MaxValue);

    public static Cost Of(CompilerRun run) => new Cost(run.WallSeconds, run.CpuSeconds);
}

/// <summary>The best cost of one build configuration over the repeats, and its least peak memory.</summary>
public sealed record BuildCost(Cost Cost, double PeakMegabytes)
{
    public static readonly BuildCost Worst = new BuildCost(Cost.Worst, double.MaxValue);

    public BuildCost Best(CompilerRun run) => new BuildCost(Cost.Best(Cost, Cost.Of(run)), Math.Min(PeakMegabytes, run.PeakMegabytes));
}

/// <summary>The numbers of one codebase. Times are the best of the repeats (the least disturbed by other load).</summary>
/// <param name="Compile">csc without analyzers: the compiler's own work (parse, bind, emit).</param>
/// <param name="Sdk">csc with the SDK's default analyzers and generators, as any <c>dotnet build</c> of a net8.0 library runs it.</param>
/// <param name="Build">The same with the package's analyzers added: what a team pays once it adds the package.</param>
/// <param name="Alone">csc with the package's analyzers and nothing else, when measured.</param>
/// <param name="Added">What adding the package adds to a default build: the mean, over the repeats, of each repeat's
/// (+ package) − (SDK default). Paired runs follow each other, so both saw the same load.</param>
/// <param name="AloneAdded">The same for the package alone against compile, when measured.</param>
/// <param name="Allocations">In-process allocations of the same analyzers; null when not measured.</param>
/// <param name="Match">The build's diagnostics of the package against the planted leaks.</param>
public sealed record Measurement(
    string Label,
    GeneratedCodebase Codebase,
    BuildCost Compile,
    BuildCost Sdk,
    BuildCost Build,
    BuildCost? Alone,
    Cost Added,
    Cost? AloneAdded,
    InProcessOutcome? Allocations,
    LeakMatch Match)
{
    /// <summary>What adding the package adds to a default build.</summary>
    public Cost Analyzer => Added;

    public double CpuRatio => Analyzer.Cpu / Compile.Cost.Cpu;

    public double WallRatio => Analyzer.Wall / Compile.Cost.Wall;

    /// <summary>What the package alone adds to a build with no other analyzer: its own work plus the analyzer driver's.</summary>
    public Cost? AloneAnalyzer => AloneAdded;

    /// <summary>Analyzer exceptions: AD0001 in the build's output, and any exception of the in-process run.</summary>
    public int AnalyzerExceptions => Match.Other.Count(d => d.Id == "AD0001") + (Allocations?.Exceptions ?? 0);
}

/// <summary>What the in-process run shows that a compiler process cannot: allocations and the exceptions themselves.</summary>
/// <param name="AddedMegabytes">Allocated by the analysis run beyond the binding it shares with the compiler.</param>
/// <param name="CallbackSeconds">Time inside analyzer callbacks, summed over threads.</param>
/// <param name="SameDiagnostics">Whether the in-process run reported exactly what the build reported.</param>
public sealed record InProcessOutcome(double AddedMegabytes, double CallbackSeconds, int Exceptions, bool SameDiagnostics);
