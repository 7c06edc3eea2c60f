namespace PrivacyAnalyzers.CodeGen.Fuzzing;

/// <summary>A small project to mutate: C# files and an optional rules file.</summary>
public sealed record FuzzProject(string Name, IReadOnlyList<(string Path, string Text)> Files, string Rules = "");
