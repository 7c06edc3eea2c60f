using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>What every measurement shares: the compiler, the references, the analyzer assemblies and a scratch folder.</summary>
public sealed class BenchmarkSetup
{
    public BenchmarkSetup(CommandLineCompiler compiler, ImmutableArray<MetadataReference> references)
    {
        Compiler = compiler;
        References = references;
        ReferencePaths = references.OfType<PortableExecutableReference>().Select(r => r.FilePath!).ToList();
        WorkRoot = Path.Combine(Path.GetTempPath(), "privacy-bench-" + Guid.NewGuid().ToString("N")[..8]);
    }

    public CommandLineCompiler Compiler { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public IReadOnlyList<string> ReferencePaths { get; }

    /// <summary>The package's analyzer assembly, as the NuGet package ships it.</summary>
    public static string PackageAnalyzer => PackageAnalyzers.Assembly.Location;

    /// <summary>This assembly, whose only analyzer is <see cref="FloorAnalyzer"/>.</summary>
    public static string FloorAnalyzerAssembly => typeof(FloorAnalyzer).Assembly.Location;

    public string WorkRoot { get; }
}

/// <summary>
/// Measures one codebase the way users pay for analyzers: the SDK's csc builds it without analyzers and with
/// them, in processes of their own, alternately; the difference is what the analyzers add. One more run in
/// process gives the allocations and confirms the build's diagnostics.
/// </summary>
public static class Measurer
{
    /// <param name="analyzer">The analyzer assembly to add to the build.</param>
    /// <param name="inProcess">Also run the package's analyzers in process, for allocations.</param>
    /// <param name="reuse">A measurement of the same codebase whose build without analyzers is reused.</param>
    public static Measurement Measure(string label, GeneratedCodebase codebase, BenchmarkSetup setup, int repeats, string analyzer, bool inProcess, Measurement? reuse = null)
    {
        var root = Path.Combine(setup.WorkRoot, label);
        var sources = CommandLineCompiler.WriteSources(codebase, root);
        try
        {
            Cost compile = reuse?.Compile ?? Cost.Worst, build = Cost.Worst;
            double compilePeak = reuse?.CompilePeakMegabytes ?? double.MaxValue, buildPeak = double.MaxValue;
            CompilerRun? last = null;
            for (var i = 0; i < repeats; i++)
            {
                if (reuse == null)
                {
                    var plain = Checked(setup.Compiler.Build(root, sources, setup.ReferencePaths, Array.Empty<string>()));
                    compile = Cost.Best(compile, Cost.Of(plain));
                    compilePeak = Math.Min(compilePeak, plain.PeakMegabytes);
                }

                last = Checked(setup.Compiler.Build(root, sources, setup.ReferencePaths, new[] { analyzer }));
                build = Cost.Best(build, Cost.Of(last));
                buildPeak = Math.Min(buildPeak, last.PeakMegabytes);
            }

            var allocations = inProcess ? InProcess(label, codebase, setup, last!.Diagnostics) : null;
            return new Measurement(label, codebase, compile, build, compilePeak, buildPeak, allocations, LeakMatcher.Match(last!.Diagnostics, codebase.Leaks));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

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
