namespace PrivacyAnalyzers.CodeGen.Generation;

/// <summary>
/// One leak the generator planted on purpose: the diagnostic the analyzer must report, at the
/// expression handed to the sink (zero-based line and column, as Roslyn's line spans count).
/// </summary>
public sealed record PlantedLeak(string RuleId, string Path, int Line, int Column, string Expression, string Kind)
{
    public override string ToString() => $"{RuleId} {Path}({Line + 1},{Column + 1}) `{Expression}` [{Kind}]";
}
