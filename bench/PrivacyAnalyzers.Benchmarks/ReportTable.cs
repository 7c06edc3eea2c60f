using System.Globalization;
using System.Text;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>Prints the measurements, the scaling between sizes, the control and the targets of issue 5.</summary>
public static class ReportTable
{
    private const string Row = "| {0,-10} | {1,8} | {2,7} | {3,7} | {4,7} | {5,7} | {6,7} | {7,6} | {8,8} | {9,8} | {10,7} | {11,5} | {12,6} | {13,10} | {14,5} | {15,4} |";

    public static string Render(IReadOnlyList<Measurement> sizes, Measurement? control)
    {
        var text = new StringBuilder();
        text.AppendLine(Format("codebase", "lines", "compile", "bind", "analysis", "analyzer", "callback", "ratio", "alloc MB", "added MB", "planted", "found", "missed", "unexpected", "other", "AD0001"));
        text.AppendLine(Format("---", "---", "---", "---", "---", "---", "---", "---", "---", "---", "---", "---", "---", "---", "---", "---"));
        foreach (var m in sizes.Concat(control == null ? Array.Empty<Measurement>() : new[] { control }))
        {
            text.AppendLine(Format(
                m.Label, m.Codebase.Lines.ToString("N0", CultureInfo.InvariantCulture), S(m.CompileSeconds), S(m.BindSeconds), S(m.AnalysisWallSeconds),
                S(m.AnalyzerSeconds), S(m.CallbackSeconds), P(m.Ratio), M(m.CompileMegabytes), M(m.AddedMegabytes),
                m.Codebase.Leaks.Count.ToString(CultureInfo.InvariantCulture), m.Match.Found.ToString(CultureInfo.InvariantCulture),
                m.Match.Missed.Count.ToString(CultureInfo.InvariantCulture), m.Match.Unexpected.Count.ToString(CultureInfo.InvariantCulture),
                m.Match.Other.Count.ToString(CultureInfo.InvariantCulture), m.AnalyzerExceptions.ToString(CultureInfo.InvariantCulture)));
        }

        text.AppendLine();
        text.AppendLine("compile = declaration diagnostics + emit to memory; bind = GetDiagnostics(); analysis = GetAnalyzerDiagnosticsAsync (concurrent);");
        text.AppendLine("analyzer = analysis - bind (time the analyzers add); callback = time inside analyzer callbacks summed over threads; ratio = analyzer / compile.");
        text.AppendLine();
        AppendScaling(text, sizes);
        AppendTargets(text, sizes, control);
        return text.ToString();
    }

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
            text.AppendLine($"  unexpected {DiagnosticText.Describe(diagnostic)}");
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
            var analyzer = large.AnalyzerSeconds / small.AnalyzerSeconds;
            var compile = large.CompileSeconds / small.CompileSeconds;
            text.AppendLine(FormattableString.Invariant(
                $"scaling {small.Label} -> {large.Label}: lines x{lines:F2}; analyzer time x{analyzer:F2} (exponent {Math.Log(analyzer) / Math.Log(lines):F2}, log(t2/t1)/log(4) = {Math.Log(analyzer) / Math.Log(4):F2}); compile time x{compile:F2} (exponent {Math.Log(compile) / Math.Log(lines):F2})"));
        }
    }

    private static void AppendTargets(StringBuilder text, IReadOnlyList<Measurement> sizes, Measurement? control)
    {
        text.AppendLine();
        text.AppendLine("targets (issue 5):");
        var largest = sizes[^1];
        text.AppendLine(Check($"analyzer <= 25% of compile at {largest.Label}", largest.Ratio <= 0.25, P(largest.Ratio)));
        if (sizes.Count >= 2)
        {
            var ratio = largest.AnalyzerSeconds / sizes[^2].AnalyzerSeconds;
            text.AppendLine(Check($"{largest.Label}/{sizes[^2].Label} analyzer time <= 4.6", ratio <= 4.6, ratio.ToString("F2", CultureInfo.InvariantCulture)));
        }

        if (control != null)
        {
            text.AppendLine(Check($"control ({control.Label}) analyzer <= 3% of compile", control.Ratio <= 0.03, P(control.Ratio)));
        }

        var exact = sizes.All(m => m.Match.Exact && m.AnalyzerExceptions == 0) && (control == null || (control.Match.Exact && control.AnalyzerExceptions == 0));
        text.AppendLine(Check("every planted leak found, nothing else reported, no analyzer exception", exact,
            string.Join(", ", sizes.Select(m => $"{m.Match.Found}/{m.Codebase.Leaks.Count}"))));
    }

    private static string Check(string name, bool ok, string value) => $"  [{(ok ? "PASS" : "FAIL")}] {name}: {value}";

    private static string Format(params object[] cells) => string.Format(CultureInfo.InvariantCulture, Row, cells);

    private static string S(double seconds) => seconds.ToString("F2", CultureInfo.InvariantCulture);

    private static string M(double megabytes) => megabytes.ToString("F0", CultureInfo.InvariantCulture);

    private static string P(double ratio) => (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
