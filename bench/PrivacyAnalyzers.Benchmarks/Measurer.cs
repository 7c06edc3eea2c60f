using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>What every measurement shares: the compiler, the references, the analyzer assemblies and a scratch folder.</summary>
public sealed class BenchmarkSetup
{
    /// <param name="workRoot">The scratch folder; by default a new one under the temp folder, removed after the run.</param>
    public BenchmarkSetup(CommandLineCompiler compiler, ImmutableArray<MetadataReference> references, string? workRoot = null)
    {
        Compiler = compiler;
        References = references;
        ReferencePaths = references.OfType<PortableExecutableReference>().Select(r => r.FilePath!).ToList();
        WorkRoot = workRoot ?? Path.Combine(Path.GetTempPath(), "privacy-bench-" + Guid.NewGuid().ToString("N")[..8]);
        SdkDefaults = AnalyzerSet.SdkDefaults(compiler, ReferencePaths, Path.Combine(WorkRoot, "config"));
    }

    /// <summary>The SDK's default analyzers and generators, as <c>dotnet build</c> passes them to csc.</summary>
    public AnalyzerSet SdkDefaults { get; }

    public CommandLineCompiler Compiler { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public IReadOnlyList<string> ReferencePaths { get; }

    /// <summary>The package's analyzer assembly, as the NuGet package ships it under analyzers/ (IL only).</summary>
    public static string PackageAnalyzer => PackageAnalyzers.Assembly.Location;

    /// <summary>The same analyzer compiled ahead of time, as the package ships it under ready-to-run/linux-x64/.</summary>
    public static string ReadyToRunAnalyzer => Path.Combine(AppContext.BaseDirectory, "ready-to-run", "linux-x64", "PrivacyAnalyzers.dll");

    /// <summary>The copy the package's targets give a command-line build's compiler here (ready-to-run on linux-x64).</summary>
    public static string CommandLineAnalyzer =>
        RuntimeInformation.RuntimeIdentifier == "linux-x64" && File.Exists(ReadyToRunAnalyzer) ? ReadyToRunAnalyzer : PackageAnalyzer;

    /// <summary>
    /// <paramref name="others"/> with the package added as a plain command-line <c>dotnet build</c> gets it: its
    /// analyzer, and the build properties its targets set there (methods wait for compilation end with their trees
    /// kept; no info diagnostics, as no log is kept).
    /// </summary>
    public AnalyzerSet WithPackage(AnalyzerSet others)
    {
        var config = Path.Combine(WorkRoot, "config", "privacy-command-line.globalconfig");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        File.WriteAllLines(config, new[]
        {
            "is_global = true", "build_property.PrivacyCommandLineBuild = true", "build_property.PrivacyInfoDiagnostics = false",
        });
        return others.With(CommandLineAnalyzer).WithConfig(config);
    }

    /// <summary>This assembly, whose only analyzer is <see cref="FloorAnalyzer"/>.</summary>
    public static string FloorAnalyzerAssembly => typeof(FloorAnalyzer).Assembly.Location;

    public string WorkRoot { get; }
}

/// <summary>
/// Measures one codebase the way users pay for analyzers. The SDK's csc builds it, in processes of its own, in
/// turn: without analyzers (the compiler's own work), with the SDK's default analyzers (what every build of a
/// net8.0 library already runs), and with those plus the package's (what a team pays once it adds the package).
/// One more run in process gives the allocations and confirms the build's diagnostics.
/// </summary>
public static class Measurer
{
    /// <param name="inProcess">Also run the package's analyzers in process, for allocations.</param>
    /// <param name="alone">Also build with the package's analyzers and no other.</param>
    public static Measurement Measure(string label, GeneratedCodebase codebase, BenchmarkSetup setup, int repeats, bool inProcess, bool alone) =>
        OnDisk(label, codebase, setup, (root, sources) =>
        {
            var withPackage = setup.WithPackage(setup.SdkDefaults);
            BuildCost compile = BuildCost.Worst, sdk = BuildCost.Worst, build = BuildCost.Worst, packageAlone = BuildCost.Worst;
            var added = new List<Cost>();
            var aloneAdded = new List<Cost>();
            CompilerRun? last = null;
            for (var i = 0; i < repeats; i++)
            {
                var plain = Build(setup, root, sources, AnalyzerSet.None);
                compile = compile.Best(plain);
                var defaults = Build(setup, root, sources, setup.SdkDefaults);
                sdk = sdk.Best(defaults);
                last = Build(setup, root, sources, withPackage);
                build = build.Best(last);
                added.Add(Cost.Of(last) - Cost.Of(defaults));
                if (alone)
                {
                    var single = Build(setup, root, sources, setup.WithPackage(AnalyzerSet.None));
                    packageAlone = packageAlone.Best(single);
                    aloneAdded.Add(Cost.Of(single) - Cost.Of(plain));
                }
            }

            var ours = last!.Diagnostics.Where(IsOurs).ToList();
            var allocations = inProcess ? InProcess(label, codebase, setup, ours) : null;
            return new Measurement(label, codebase, compile, sdk, build, alone ? packageAlone : null,
                Cost.Mean(added), alone ? Cost.Mean(aloneAdded) : null, allocations, LeakMatcher.Match(ours, codebase.Leaks));
        });

    /// <summary>
    /// Calibration (<c>--floor</c>): a build with one given analyzer assembly and no other, against the compile
    /// measured before; with <see cref="FloorAnalyzer"/> it is the price of any IOperation-based analyzer.
    /// </summary>
    public static BuildCost MeasureAlone(string label, GeneratedCodebase codebase, BenchmarkSetup setup, int repeats, string analyzer) =>
        OnDisk(label, codebase, setup, (root, sources) =>
        {
            var best = BuildCost.Worst;
            for (var i = 0; i < repeats; i++)
            {
                best = best.Best(Build(setup, root, sources, AnalyzerSet.None.With(analyzer)));
            }

            return best;
        });

    /// <summary>Writes the codebase under the scratch folder, measures it there, and removes it.</summary>
    private static T OnDisk<T>(string label, GeneratedCodebase codebase, BenchmarkSetup setup, Func<string, IReadOnlyList<string>, T> measure)
    {
        var root = Path.Combine(setup.WorkRoot, label);
        try
        {
            return measure(root, CommandLineCompiler.WriteSources(codebase, root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The package's diagnostics, and any analyzer exception of ours; the SDK's own warnings are not ours to judge.</summary>
    private static bool IsOurs(ReportedDiagnostic diagnostic) =>
        diagnostic.Id.StartsWith("PRIV", StringComparison.Ordinal)
        || (diagnostic.Id == "AD0001" && diagnostic.Text.Contains("PrivacyAnalyzers", StringComparison.Ordinal));

    private static CompilerRun Build(BenchmarkSetup setup, string root, IReadOnlyList<string> sources, AnalyzerSet analyzers) =>
        Checked(setup.Compiler.Build(root, sources, setup.ReferencePaths, analyzers));

    /// <summary>The generated code must compile; analyzer errors are expected, compiler errors are a generator bug.</summary>
    private static CompilerRun Checked(CompilerRun run) =>
        run.CompilerErrors.Count == 0 ? run : throw new InvalidOperationException("The generated codebase does not compile:\n" + string.Join("\n", run.CompilerErrors.Take(5)));

    /// <summary>
    /// Allocations of the analysis in process (<c>CompilationWithAnalyzers</c>), less those of the binding it shares
    /// with the compiler when it binds at all, and whether it reports what the build printed.
    /// </summary>
    private static InProcessOutcome InProcess(string label, GeneratedCodebase codebase, BenchmarkSetup setup, IReadOnlyList<ReportedDiagnostic> built)
    {
        var trees = CompilationFactory.Parse(codebase);
        var bind = Allocated(() => CompilationFactory.Create(label, trees, setup.References).GetDiagnostics());
        AnalysisOutcome? outcome = null;
        var fresh = CompilationFactory.Create(label, trees, setup.References);
        var analysis = Allocated(() => outcome = AnalyzerRunner.RunAsync(fresh, PackageAnalyzers.Create(), logExecutionTime: true).GetAwaiter().GetResult());
        var printed = outcome!.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(ReportedDiagnostic.From);
        var same = Positions(printed).SequenceEqual(Positions(built));
        return new InProcessOutcome(outcome.BindsCompilation ? Math.Max(0, analysis - bind) : analysis, outcome.CallbackTime.TotalSeconds, outcome.Exceptions.Count, same);
    }

    private static IEnumerable<string> Positions(IEnumerable<ReportedDiagnostic> diagnostics) =>
        diagnostics.Select(d => d.PositionKey).OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>Megabytes allocated by one action (all threads), after a full collection.</summary>
    private static double Allocated(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024.0);
    }
}
