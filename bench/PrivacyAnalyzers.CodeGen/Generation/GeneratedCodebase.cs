namespace PrivacyAnalyzers.CodeGen.Generation;

/// <summary>A generated codebase: its files, its line count and the leaks planted in it.</summary>
public sealed class GeneratedCodebase
{
    public GeneratedCodebase(IReadOnlyList<GeneratedFile> files, IReadOnlyList<PlantedLeak> leaks, int modules)
    {
        Files = files;
        Leaks = leaks;
        Modules = modules;
        Lines = files.Sum(f => f.Lines);
    }

    public IReadOnlyList<GeneratedFile> Files { get; }

    /// <summary>Every planted leak; empty for a control codebase.</summary>
    public IReadOnlyList<PlantedLeak> Leaks { get; }

    public int Modules { get; }

    public int Lines { get; }
}

/// <summary>One source file of a generated codebase.</summary>
public sealed record GeneratedFile(string Path, string Text, int Lines);
