using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeGen.Generation;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>How the reported diagnostics compare with the planted leaks.</summary>
/// <param name="Found">Planted leaks reported with the right id at the right expression.</param>
/// <param name="Missed">Planted leaks not reported.</param>
/// <param name="Unexpected">Flow diagnostics (PRIV001/002/003) at no planted leak: false alarms or wrong ids.</param>
/// <param name="Other">Diagnostics of other ids (PRIV010, PRIV020, PRIV100...), also unexpected in a clean codebase.</param>
public sealed record LeakMatch(int Found, IReadOnlyList<PlantedLeak> Missed, IReadOnlyList<ReportedDiagnostic> Unexpected, IReadOnlyList<ReportedDiagnostic> Other)
{
    public bool Exact => Missed.Count == 0 && Unexpected.Count == 0 && Other.Count == 0;
}

/// <summary>Matches diagnostics to planted leaks by id, file and the exact span of the expression.</summary>
public static class LeakMatcher
{
    private static readonly HashSet<string> FlowIds = new HashSet<string>(StringComparer.Ordinal) { "PRIV001", "PRIV002", "PRIV003" };

    public static LeakMatch Match(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<PlantedLeak> leaks) =>
        Match(diagnostics.Select(ReportedDiagnostic.From), leaks);

    public static LeakMatch Match(IEnumerable<ReportedDiagnostic> diagnostics, IReadOnlyList<PlantedLeak> leaks)
    {
        var expected = leaks.ToDictionary(Key, leak => leak);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var unexpected = new List<ReportedDiagnostic>();
        var other = new List<ReportedDiagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (!FlowIds.Contains(diagnostic.Id))
            {
                other.Add(diagnostic);
                continue;
            }

            var key = Key(diagnostic);
            if (expected.ContainsKey(key) && found.Add(key))
            {
                continue;
            }

            unexpected.Add(diagnostic);
        }

        var missed = leaks.Where(leak => !found.Contains(Key(leak))).ToList();
        return new LeakMatch(found.Count, missed, unexpected, other);
    }

    private static string Key(PlantedLeak leak) =>
        $"{leak.RuleId}|{leak.Path}|{leak.Line}|{leak.Column}|{leak.Column + leak.Expression.Length}";

    private static string Key(ReportedDiagnostic diagnostic)
    {
        var end = diagnostic.Line == diagnostic.EndLine ? diagnostic.EndColumn : -1;
        return $"{diagnostic.Id}|{diagnostic.Path}|{diagnostic.Line}|{diagnostic.Column}|{end}";
    }
}
