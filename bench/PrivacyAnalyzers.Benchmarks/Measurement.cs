using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>The numbers of one codebase. Times are the best of the repeats (the least disturbed by other load).</summary>
public sealed record Measurement(
    string Label,
    GeneratedCodebase Codebase,
    double CompileSeconds,
    double BindSeconds,
    double AnalysisWallSeconds,
    double CallbackSeconds,
    double CompileMegabytes,
    double AddedMegabytes,
    LeakMatch Match,
    int AnalyzerExceptions)
{
    /// <summary>What analyzers add: the analysis run minus the binding it also performs.</summary>
    public double AnalyzerSeconds => Math.Max(0, AnalysisWallSeconds - BindSeconds);

    public double Ratio => AnalyzerSeconds / CompileSeconds;
}

/// <summary>
/// Measures one codebase on fresh compilations (nothing bound beforehand):
/// compile = declaration diagnostics + emit to memory, as csc does (emit binds every method body and reports its errors);
/// bind = <c>GetDiagnostics()</c>, the binding that <c>CompilationWithAnalyzers</c> performs to feed analyzers;
/// analysis = <c>GetAnalyzerDiagnosticsAsync</c> with every analyzer of the package, concurrent;
/// analyzer time = analysis - bind.
/// </summary>
public static class Measurer
{
    public static async Task<Measurement> MeasureAsync(string label, GeneratedCodebase codebase, ImmutableArray<MetadataReference> references, int repeats)
    {
        var trees = CompilationFactory.Parse(codebase);
        var analyzers = PackageAnalyzers.Create();
        double compile = double.MaxValue, bind = double.MaxValue, analysis = double.MaxValue, callbacks = double.MaxValue;
        double compileMb = 0, bindMb = 0, analysisMb = 0;
        AnalysisOutcome? outcome = null;
        for (var i = 0; i < repeats; i++)
        {
            var (emitSeconds, emitMb) = Time(() => Emit(CompilationFactory.Create(label, trees, references)));
            compile = Math.Min(compile, emitSeconds);
            compileMb = emitMb;

            var (bindSeconds, bindAlloc) = Time(() => CompilationFactory.Create(label, trees, references).GetDiagnostics());
            bind = Math.Min(bind, bindSeconds);
            bindMb = bindAlloc;

            var fresh = CompilationFactory.Create(label, trees, references);
            var (analysisSeconds, analysisAlloc) = Time(() => outcome = AnalyzerRunner.RunAsync(fresh, analyzers, logExecutionTime: true).GetAwaiter().GetResult());
            analysis = Math.Min(analysis, analysisSeconds);
            callbacks = Math.Min(callbacks, outcome!.CallbackTime.TotalSeconds);
            analysisMb = analysisAlloc;
        }

        var match = LeakMatcher.Match(outcome!.Diagnostics, codebase.Leaks);
        return new Measurement(label, codebase, compile, bind, analysis, callbacks, compileMb, Math.Max(0, analysisMb - bindMb), match, outcome.Exceptions.Count);
    }

    private static void Emit(Compilation compilation)
    {
        compilation.GetDeclarationDiagnostics();
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (!result.Success || errors.Count > 0)
        {
            throw new InvalidOperationException("The generated codebase does not compile:\n" + string.Join("\n", errors));
        }
    }

    /// <summary>Wall seconds and allocated megabytes (all threads) of one action, after a full collection.</summary>
    private static (double Seconds, double Megabytes) Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        return (watch.Elapsed.TotalSeconds, allocated / (1024.0 * 1024.0));
    }
}
