using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// <c>--dump DIR</c>: writes one generated codebase and the csc response files of every build the benchmark times,
/// so that a change can be timed in many alternating builds of one configuration (scripts/bench/alternate.sh)
/// instead of one repeat of all of them.
/// </summary>
public static class BuildsByHand
{
    /// <param name="personalData">False for the control: the same code without <c>[PersonalData]</c>.</param>
    public static int Write(string folder, int size, bool personalData, BenchmarkSetup setup)
    {
        var root = Path.GetFullPath(folder);
        var codebase = CodebaseGenerator.Generate(new GeneratorOptions(size, PersonalData: personalData));
        var sources = CommandLineCompiler.WriteSources(codebase, Path.Combine(root, "src"));
        var builds = new Dictionary<string, AnalyzerSet>
        {
            ["compile"] = AnalyzerSet.None,
            ["floor"] = AnalyzerSet.None.With(BenchmarkSetup.FloorAnalyzerAssembly),
            ["alone"] = setup.WithPackage(AnalyzerSet.None),
            ["sdk"] = setup.SdkDefaults,
            ["package"] = setup.WithPackage(setup.SdkDefaults),
        };
        foreach (var (name, analyzers) in builds)
        {
            CommandLineCompiler.WriteResponseFile(Path.Combine(root, name + ".rsp"), Path.Combine(root, "obj", name), sources, setup.ReferencePaths, analyzers);
        }

        Console.WriteLine($"{codebase.Lines:N0} lines, {codebase.Leaks.Count} planted leaks, in {root}/src; response files {string.Join(", ", builds.Keys.Select(k => k + ".rsp"))}");
        Console.WriteLine($"time one with: {setup.Compiler.Dotnet} exec {setup.Compiler.Csc} @{root}/compile.rsp");
        return 0;
    }
}
