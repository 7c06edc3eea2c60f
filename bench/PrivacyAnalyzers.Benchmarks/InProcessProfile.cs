using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeGen.Harness;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// <c>--profile FILE.rsp --rules FILE [--dir DIR]</c>: runs the package's analyzers in process on a real project, from
/// the csc arguments MSBuild would pass (<c>dotnet build -t:CoreCompile -p:SkipCompilerExecution=true
/// -p:ProvideCommandLineArgs=true -getItem:CscCommandLineArgs</c>), and prints each analyzer's time and the diagnostics
/// by id. Binding is done first, so the times are what the analyzers add; attach dotnet-trace to see where they go.
/// <c>PROFILE_SEQUENTIAL=1</c> runs the analyzers on one thread (to tell a scheduling dependence from any other);
/// <c>PROFILE_NO_INFO=1</c> turns PRIV020 off, as a command-line build does whose info diagnostics nobody reads;
/// <c>PROFILE_COMMAND_LINE=1</c> runs them as a command-line build does (<c>PrivacyCommandLineBuild=true</c>);
/// <c>PROFILE_DIAGNOSTICS=FILE</c> writes every diagnostic, sorted, to FILE; <c>PROFILE_FLOOR=1</c> runs only
/// <see cref="FloorAnalyzer"/> instead, the in-process floor to compare the package's CPU with. The bytes allocated
/// during analysis are printed too: unlike CPU time on a shared machine, they barely move from run to run.
/// </summary>
internal static class InProcessProfile
{
    public static async Task<int> RunAsync(string rsp, string rules, string directory)
    {
        var arguments = CSharpCommandLineParser.Default.Parse(File.ReadAllLines(rsp).Where(l => l.Length > 0), directory, sdkDirectory: null);
        var trees = arguments.SourceFiles.AsParallel().AsOrdered()
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f.Path), arguments.ParseOptions, f.Path)).ToList();
        var references = arguments.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(directory, r.Reference)));
        var compilationOptions = arguments.CompilationOptions;
        if (Environment.GetEnvironmentVariable("PROFILE_NO_INFO") == "1")
        {
            // As a command-line build whose info diagnostics nobody reads: PRIV020 (the one that costs flow work) off.
            compilationOptions = compilationOptions.WithSpecificDiagnosticOptions(compilationOptions.SpecificDiagnosticOptions.SetItem("PRIV020", ReportDiagnostic.Suppress));
        }

        var compilation = CSharpCompilation.Create(arguments.CompilationName ?? "Profiled", trees, references, compilationOptions);
        var clock = Stopwatch.StartNew();
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"{trees.Count} files, binding {clock.Elapsed.TotalSeconds:F1} s, {errors} errors");

        var additional = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(Path.GetFullPath(rules), File.ReadAllText(rules)));
        var options = Environment.GetEnvironmentVariable("PROFILE_COMMAND_LINE") == "1"
            ? new AnalyzerOptions(additional, new GlobalOptionsProvider(new Dictionary<string, string> { ["build_property.PrivacyCommandLineBuild"] = "true" }))
            : new AnalyzerOptions(additional);
        var analyzers = Environment.GetEnvironmentVariable("PROFILE_FLOOR") == "1"
            ? ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer())
            : PackageAnalyzers.Create();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: Environment.GetEnvironmentVariable("PROFILE_SEQUENTIAL") != "1", logAnalyzerExecutionTime: true));
        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
        Console.WriteLine($"analysis: wall {clock.Elapsed.TotalSeconds:F1} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB, "
            + $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576:N0} MB, {GC.CollectionCount(0) - collections} collections");
        foreach (var pair in result.AnalyzerTelemetryInfo.OrderByDescending(p => p.Value.ExecutionTime))
        {
            Console.WriteLine($"  {pair.Key.GetType().Name}: {pair.Value.ExecutionTime.TotalSeconds:F1} s");
        }

        var diagnostics = result.GetAllDiagnostics().Where(d => d.Id.StartsWith("PRIV", StringComparison.Ordinal) || d.Id == "AD0001").ToList();
        Console.WriteLine("diagnostics: " + string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var failure in diagnostics.Where(d => d.Id == "AD0001").Take(3))
        {
            Console.WriteLine(failure.GetMessage());
        }

        var dump = Environment.GetEnvironmentVariable("PROFILE_DIAGNOSTICS");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllLines(dump, diagnostics.Select(d => $"{d.Id} {Path.GetFileName(d.Location.SourceTree?.FilePath)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage()}"
            + (Environment.GetEnvironmentVariable("PROFILE_PATHS") == "1" ? " PATH " + string.Join(" > ", d.AdditionalLocations.Select(l => $"{Path.GetFileName(l.SourceTree?.FilePath)}:{l.GetLineSpan().StartLinePosition.Line + 1}")) : "")).Order(StringComparer.Ordinal));
        }

        return 0;
    }
}

