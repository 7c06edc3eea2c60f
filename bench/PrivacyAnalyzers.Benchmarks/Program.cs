using System.Globalization;
using PrivacyAnalyzers.Benchmarks;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;

// dotnet run -c Release --project bench/PrivacyAnalyzers.Benchmarks [-- --quick] [--sizes 20000,80000] [--repeat N] [--details N] [--no-control] [--floor] [--csc PATH] [--fuzz-long [N]] [--catalog] [--dump DIR [--control]]
//   or -- --real path/to/Project.csproj --rules path/to/PrivacyRules.txt [--repeat N] [--property Name=Value ...] [--with-log]
var arguments = new Arguments(args);
if (arguments.RealProject != null)
{
    return RealProjects.Run(arguments.RealProject, arguments.RealRules ?? throw new ArgumentException("--real needs --rules FILE"), arguments.Repeats, arguments.Properties, arguments.WithLog);
}

if (Array.IndexOf(args, "--profile") is var profile and >= 0)
{
    string Option(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 ? args[i + 1] : fallback;
    return await InProcessProfile.RunAsync(args[profile + 1], Option("--rules", ""), Option("--dir", Environment.CurrentDirectory));
}

if (args.Contains("--catalog"))
{
    return CatalogLoad.Run(iterations: 200, withNewPackages: true);
}

if (arguments.FuzzLong)
{
    return await LongFuzz.RunAsync(arguments.FuzzMutants);
}

if (arguments.DumpTo != null)
{
    // The SDK's build-properties config goes with the response files that name it, not into a temp folder.
    var dumpRoot = Path.GetFullPath(arguments.DumpTo);
    return BuildsByHand.Write(dumpRoot, arguments.Sizes[^1], !arguments.DumpControl, new BenchmarkSetup(CommandLineCompiler.Locate(arguments.Csc), ReferenceSets.Net80, dumpRoot));
}

var setup = new BenchmarkSetup(CommandLineCompiler.Locate(arguments.Csc), ReferenceSets.Net80);
var sizes = arguments.Sizes;
Console.WriteLine($"PrivacyAnalyzers benchmark: {PackageAnalyzers.Create().Length} analyzers, {Environment.ProcessorCount} cores, {arguments.Repeats} repeat(s), best time kept");
Console.WriteLine($"compiler: {setup.Compiler.Csc}");
try
{
    var results = new List<Measurement>();
    foreach (var size in sizes)
    {
        var codebase = CodebaseGenerator.Generate(new GeneratorOptions(size));
        var label = Label(size);
        Console.WriteLine($"measuring {label}: {codebase.Lines:N0} lines, {codebase.Files.Count} files, {codebase.Leaks.Count} planted leaks...");
        results.Add(Measurer.Measure(label, codebase, setup, arguments.Repeats, inProcess: true, alone: size == sizes[^1]));
        Console.WriteLine("  " + ReportTable.Summary(results[^1]));
    }

    BuildCost? floor = null;
    if (arguments.Floor)
    {
        Console.WriteLine("measuring floor: the largest codebase with an analyzer that only asks for operation trees...");
        floor = Measurer.MeasureAlone("floor", results[^1].Codebase, setup, arguments.Repeats, BenchmarkSetup.FloorAnalyzerAssembly);
    }

    Measurement? control = null;
    if (arguments.Control)
    {
        var size = sizes[^1];
        var codebase = CodebaseGenerator.Generate(new GeneratorOptions(size, PersonalData: false));
        Console.WriteLine($"measuring control: the {Label(size)} code without [PersonalData]...");
        control = Measurer.Measure("control", codebase, setup, arguments.Repeats, inProcess: true, alone: true);
        Console.WriteLine("  " + ReportTable.Summary(control));
    }

    Console.WriteLine();
    Console.WriteLine(ReportTable.Render(results, control, floor));
    var checkedRuns = results.Concat(control == null ? Array.Empty<Measurement>() : new[] { control }).ToList();
    foreach (var measurement in checkedRuns)
    {
        Console.Write(ReportTable.Details(measurement, arguments.Details));
    }

    return checkedRuns.All(ReportTable.IsCorrect) ? 0 : 1;
}
finally
{
    if (Directory.Exists(setup.WorkRoot))
    {
        Directory.Delete(setup.WorkRoot, recursive: true);
    }
}

static string Label(int size) => size >= 1000 ? (size / 1000).ToString(CultureInfo.InvariantCulture) + "k" : size.ToString(CultureInfo.InvariantCulture);
