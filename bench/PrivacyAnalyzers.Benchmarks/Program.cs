using System.Globalization;
using PrivacyAnalyzers.Benchmarks;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;

// dotnet run -c Release --project bench/PrivacyAnalyzers.Benchmarks [-- --quick] [--repeat N] [--details N] [--no-control] [--fuzz-long [N]]
var arguments = new Arguments(args);
if (arguments.FuzzLong)
{
    return await LongFuzz.RunAsync(arguments.FuzzMutants);
}

var references = await ReferenceSet.GetAsync();
var sizes = arguments.Quick ? new[] { 2_500, 10_000, 40_000 } : new[] { 20_000, 80_000, 320_000 };
Console.WriteLine($"PrivacyAnalyzers benchmark: {PackageAnalyzers.Create().Length} analyzers, {Environment.ProcessorCount} cores, {arguments.Repeats} repeat(s), best time kept");

// Warm up once: JIT the compiler, the analyzers and the harness on a small codebase.
Measurer.Measure("warm-up", CodebaseGenerator.Generate(new GeneratorOptions(5_000)), references, repeats: 1);

var results = new List<Measurement>();
foreach (var size in sizes)
{
    var codebase = CodebaseGenerator.Generate(new GeneratorOptions(size));
    var label = Label(size);
    Console.WriteLine($"measuring {label}: {codebase.Lines:N0} lines, {codebase.Files.Count} files, {codebase.Leaks.Count} planted leaks...");
    results.Add(Measurer.Measure(label, codebase, references, arguments.Repeats));
}

// Calibration: the same largest codebase with an analyzer that only asks for every operation tree.
var floor = Measurer.Measure("floor", results[^1].Codebase, references, arguments.Repeats,
    System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new FloorAnalyzer()), reuse: results[^1]);

Measurement? control = null;
if (arguments.Control)
{
    var size = sizes[^1];
    var codebase = CodebaseGenerator.Generate(new GeneratorOptions(size, PersonalData: false));
    Console.WriteLine($"measuring control: the {Label(size)} code without [PersonalData]...");
    control = Measurer.Measure("control", codebase, references, arguments.Repeats);
}

Console.WriteLine();
Console.WriteLine(ReportTable.Render(results, control, floor));
foreach (var measurement in results.Concat(control == null ? Array.Empty<Measurement>() : new[] { control }))
{
    Console.Write(ReportTable.Details(measurement, arguments.Details));
}

var correct = results.Concat(control == null ? Array.Empty<Measurement>() : new[] { control }).All(m => m.Match.Exact && m.AnalyzerExceptions == 0);
return correct ? 0 : 1;

static string Label(int size) => size >= 1000 ? (size / 1000).ToString(CultureInfo.InvariantCulture) + "k" : size.ToString(CultureInfo.InvariantCulture);
