using PrivacyAnalyzers.CodeGen.Generation;

namespace PrivacyAnalyzers.CodeGen.Fuzzing;

/// <summary>
/// The valid inputs that mutants start from: the Messenger sample when the repository has it, a
/// slice of the generated codebase, and a handful of snippets covering the annotations, the rules
/// file and the flow constructs the README lists.
/// </summary>
public static class FuzzCorpus
{
    public static IReadOnlyList<FuzzProject> Load()
    {
        var projects = new List<FuzzProject>();
        var sample = LoadSample();
        if (sample != null)
        {
            projects.Add(sample);
        }

        var generated = CodebaseGenerator.Generate(new GeneratorOptions(TargetLines: 1, LeakEvery: 1));
        projects.Add(new FuzzProject("generated", generated.Files.Select(f => (f.Path, f.Text)).ToList()));
        projects.AddRange(FuzzSnippets.All.Select(s => new FuzzProject(s.Name, new[] { (s.Name + ".cs", s.Code) }, s.Rules)));
        return projects;
    }

    /// <summary>samples/Messenger/**/*.cs (without bin/obj), found by walking up to the solution.</summary>
    private static FuzzProject? LoadSample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        var sample = directory == null ? null : Path.Combine(directory.FullName, "samples", "Messenger");
        if (sample == null || !Directory.Exists(sample))
        {
            return null;
        }

        var files = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(sample, p), File.ReadAllText(p)))
            .ToList();
        var rules = Directory.EnumerateFiles(sample, "PrivacyRules*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).FirstOrDefault() ?? "";
        return files.Count == 0 ? null : new FuzzProject("Messenger", files, rules);
    }
}
