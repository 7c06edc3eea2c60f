using System.Globalization;
using System.Text;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>Prints the measurements, the scaling between sizes, the control and the performance targets.</summary>
public static class ReportTable
{
    private const string TimeRow = "| {0,-8} | {1,8} | {2,11} | {3,12} | {4,12} | {5,11} | {6,9} | {7,10} | {8,12} |";
    private const string ResultRow = "| {0,-8} | {1,6} | {2,8} | {3,9} | {4,7} | {5,5} | {6,6} | {7,10} | {8,5} | {9,6} | {10,10} |";

    public static string Render(IReadOnlyList<Measurement> sizes, Measurement? control, BuildCost? floor)
    {
        var all = sizes.Concat(control == null ? Array.Empty<Measurement>() : new[] { control }).ToList();
        var text = new StringBuilder();
        text.AppendLine("Time in seconds of the csc process, CPU (user + system) / wall, best of the repeats:");
        text.AppendLine(Format(TimeRow, "codebase", "lines", "compile", "SDK default", "+ package", "added", "ratio CPU", "ratio wall", "peak MB"));
        text.AppendLine(Format(TimeRow, "---", "---", "---", "---", "---", "---", "---", "---", "---"));
        foreach (var m in all)
        {
            text.AppendLine(Format(TimeRow, m.Label, N(m.Codebase.Lines), C(m.Compile.Cost), C(m.Sdk.Cost), C(m.Build.Cost), C(m.Analyzer), P(m.CpuRatio), P(m.WallRatio),
                M(m.Sdk.PeakMegabytes) + " -> " + M(m.Build.PeakMegabytes)));
        }

        text.AppendLine();
        text.AppendLine("compile = the SDK's csc building the codebase as a Release library, no analyzers: parse, bind, emit (the compiler's own work);");
        text.AppendLine("SDK default = the same with what dotnet build adds to every net8.0 library: the .NET analyzers (analysis level 8 default) and the targeting pack's generators;");
        text.AppendLine("+ package = SDK default plus the package's analyzer assembly; added = mean over repeats of (+ package) - (SDK default) of the same repeat,");
        text.AppendLine("  below zero when noise exceeds the cost; ratio = added / compile; the other columns are the best of the repeats; peak MB = SDK default -> + package.");
        foreach (var m in all.Where(m => m.AloneAnalyzer != null))
        {
            var alone = m.AloneAnalyzer!.Value;
            text.AppendLine(FormattableString.Invariant(
                $"{m.Label} with the package alone (no SDK analyzers): {C(m.Alone!.Cost)}, adds {C(alone)} to compile (mean of paired repeats): CPU {P(alone.Cpu / m.Compile.Cost.Cpu)}, wall {P(alone.Wall / m.Compile.Cost.Wall)}; peak MB {M(m.Compile.PeakMegabytes)} -> {M(m.Alone.PeakMegabytes)}"));
        }

        if (floor != null)
        {
            var largest = sizes[^1];
            var added = floor.Cost - largest.Compile.Cost;
            text.AppendLine(FormattableString.Invariant(
                $"floor at {largest.Label}: an analyzer alone that only asks for every operation tree adds {C(added)}: CPU {P(added.Cpu / largest.Compile.Cost.Cpu)}, wall {P(added.Wall / largest.Compile.Cost.Wall)}"));
        }

        text.AppendLine();
        text.AppendLine("Allocations (in process) and diagnostics (printed by the build):");
        text.AppendLine(Format(ResultRow, "codebase", "files", "added MB", "callbacks", "planted", "found", "missed", "unexpected", "other", "AD0001", "in process"));
        text.AppendLine(Format(ResultRow, "---", "---", "---", "---", "---", "---", "---", "---", "---", "---", "---"));
        foreach (var m in all)
        {
            text.AppendLine(Format(ResultRow, m.Label, N(m.Codebase.Files.Count), m.Allocations is { } a ? M(a.AddedMegabytes) : "-",
                m.Allocations is { } b ? S(b.CallbackSeconds) : "-", N(m.Codebase.Leaks.Count), N(m.Match.Found), N(m.Match.Missed.Count),
                N(m.Match.Unexpected.Count), N(m.Match.Other.Count), N(m.AnalyzerExceptions), m.Allocations is { SameDiagnostics: true } ? "same" : "DIFFERENT"));
        }

        text.AppendLine("added MB = what CompilationWithAnalyzers allocates in process beyond binding, including the driver's operation trees;");
        text.AppendLine("callbacks = time inside analyzer callbacks in process, summed over threads; in process = whether that run reported exactly what the build printed.");
        text.AppendLine();
        AppendScaling(text, sizes);
        AppendTargets(text, sizes, control);
        return text.ToString();
    }

    /// <summary>Every planted leak found, nothing else, no analyzer exception, and the in-process run agrees with the build.</summary>
    public static bool IsCorrect(Measurement m) => m.Match.Exact && m.AnalyzerExceptions == 0 && m.Allocations is not { SameDiagnostics: false };

    /// <summary>One line per codebase as soon as it is measured, so a long run shows progress.</summary>
    public static string Summary(Measurement m) => FormattableString.Invariant(
        $"compile {C(m.Compile.Cost)}, SDK default {C(m.Sdk.Cost)}, + package {C(m.Build.Cost)}, added {C(m.Analyzer)} (CPU/wall s), ratio {P(m.CpuRatio)} CPU, {P(m.WallRatio)} wall; {m.Match.Found}/{m.Codebase.Leaks.Count} found, {m.Match.Unexpected.Count + m.Match.Other.Count} unexpected");

    /// <summary>The planted leaks missed and the diagnostics nobody planted, so a failure can be read at once.</summary>
    public static string Details(Measurement m, int most)
    {
        var text = new StringBuilder();
        foreach (var leak in m.Match.Missed.Take(most))
        {
            text.AppendLine($"  missed     {leak}");
        }

        foreach (var diagnostic in m.Match.Unexpected.Concat(m.Match.Other).Take(most))
        {
            text.AppendLine($"  unexpected {diagnostic}");
        }

        return text.Length == 0 ? "" : $"{m.Label}:\n{text}";
    }

    private static void AppendScaling(StringBuilder text, IReadOnlyList<Measurement> sizes)
    {
        for (var i = 1; i < sizes.Count; i++)
        {
            var small = sizes[i - 1];
            var large = sizes[i];
            var lines = (double)large.Codebase.Lines / small.Codebase.Lines;
            text.AppendLine(FormattableString.Invariant($"scaling {small.Label} -> {large.Label} (lines x{lines:F2}):"));
            text.AppendLine(Scaling("  analyzer CPU ", large.Analyzer.Cpu / small.Analyzer.Cpu, lines));
            text.AppendLine(Scaling("  analyzer wall", large.Analyzer.Wall / small.Analyzer.Wall, lines));
            text.AppendLine(Scaling("  compile CPU  ", large.Compile.Cost.Cpu / small.Compile.Cost.Cpu, lines));
        }
    }

    private static string Scaling(string name, double ratio, double lines) => FormattableString.Invariant(
        $"{name} x{ratio:F2}, log(t2/t1)/log(4) = {Math.Log(ratio) / Math.Log(4):F2}, exponent over actual lines = {Math.Log(ratio) / Math.Log(lines):F2}");

    private static void AppendTargets(StringBuilder text, IReadOnlyList<Measurement> sizes, Measurement? control)
    {
        text.AppendLine();
        text.AppendLine("targets: time the package adds to a default build, on CPU time (wall in brackets):");
        var largest = sizes[^1];
        text.AppendLine(Check($"analyzer <= 25% of compile at {largest.Label}", largest.CpuRatio <= 0.25, $"{P(largest.CpuRatio)} [{P(largest.WallRatio)}]"));
        if (sizes.Count >= 2)
        {
            var previous = sizes[^2];
            var cpu = largest.Analyzer.Cpu / previous.Analyzer.Cpu;
            var wall = largest.Analyzer.Wall / previous.Analyzer.Wall;
            text.AppendLine(Check($"{largest.Label}/{previous.Label} analyzer time <= 4.6", cpu <= 4.6, FormattableString.Invariant($"{cpu:F2} [{wall:F2}]")));
        }

        if (control != null)
        {
            text.AppendLine(Check($"control ({N(control.Codebase.Lines)} lines) analyzer <= 3% of compile", control.CpuRatio <= 0.03, $"{P(control.CpuRatio)} [{P(control.WallRatio)}]"));
        }

        var all = sizes.Concat(control == null ? Array.Empty<Measurement>() : new[] { control }).ToList();
        var exact = all.All(IsCorrect);
        text.AppendLine(Check("every planted leak found, nothing else reported, no analyzer exception, same in process", exact,
            string.Join(", ", all.Select(m => $"{m.Label}: {m.Match.Found}/{m.Codebase.Leaks.Count} found, {m.Match.Unexpected.Count + m.Match.Other.Count} unexpected"))));
    }

    private static string Check(string name, bool ok, string value) => $"  [{(ok ? "PASS" : "FAIL")}] {name}: {value}";

    private static string Format(string row, params object[] cells) => string.Format(CultureInfo.InvariantCulture, row, cells);

    private static string C(Cost cost) => S(cost.Cpu) + "/" + cost.Wall.ToString("F1", CultureInfo.InvariantCulture);

    private static string S(double seconds) => seconds.ToString("F2", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string M(double megabytes) => megabytes.ToString("F0", CultureInfo.InvariantCulture);

    private static string P(double ratio) => double.IsFinite(ratio) ? (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + "%" : "n/a";
}
