using System.Globalization;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>Command-line switches of the benchmark.</summary>
public sealed class Arguments
{
    public Arguments(string[] args)
    {
        var list = args.ToList();
        Quick = list.Contains("--quick");
        Control = !list.Contains("--no-control");
        FuzzLong = list.Contains("--fuzz-long");
        Floor = list.Contains("--floor");
        Repeats = Number(list, "--repeat", Quick ? 1 : 3);
        Details = Number(list, "--details", 10);
        FuzzMutants = Number(list, "--fuzz-long", 5_000);
        RealProject = Value(list, "--real");
        RealRules = Value(list, "--rules");
        WithLog = list.Contains("--with-log");
        DumpTo = Value(list, "--dump");
        DumpControl = list.Contains("--control");
        Properties = list.Select((a, i) => (a, i)).Where(p => p.a == "--property" && p.i + 1 < list.Count).Select(p => list[p.i + 1]).ToList();
        var csc = list.IndexOf("--csc");
        Csc = csc >= 0 && csc + 1 < list.Count ? list[csc + 1] : null;
        var sizes = list.IndexOf("--sizes");
        Sizes = sizes >= 0 && sizes + 1 < list.Count
            ? list[sizes + 1].Split(',').Select(s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToArray()
            : Quick ? new[] { 2_500, 10_000, 40_000 } : new[] { 20_000, 80_000, 320_000 };
    }

    /// <summary>A real project to measure instead of generated code (<c>--real path/to/Project.csproj</c>).</summary>
    public string? RealProject { get; }

    /// <summary>The rules file for <see cref="RealProject"/> (<c>--rules path/to/PrivacyRules.txt</c>).</summary>
    public string? RealRules { get; }

    /// <summary>
    /// Real-project builds keep a compiler log of their own (<c>--with-log</c>), as a CI build with SARIF upload does: info
    /// diagnostics (PRIV020) are then computed. Without it the builds are plain <c>dotnet build</c>s.
    /// </summary>
    public bool WithLog { get; }

    /// <summary>Write the largest size's codebase and its csc response files to this folder instead of measuring (<c>--dump DIR</c>).</summary>
    public string? DumpTo { get; }

    /// <summary>With <c>--dump</c>: write the control instead (the same code without personal data, <c>--control</c>).</summary>
    public bool DumpControl { get; }

    /// <summary>MSBuild properties for the real project's builds (<c>--property TargetFramework=net10.0</c>, repeatable).</summary>
    public IReadOnlyList<string> Properties { get; }

    private static string? Value(List<string> list, string name)
    {
        var index = list.IndexOf(name);
        return index >= 0 && index + 1 < list.Count ? list[index + 1] : null;
    }

    /// <summary>Target line counts, smallest first (<c>--sizes 20000,80000</c>).</summary>
    public int[] Sizes { get; }

    /// <summary>Small sizes (2.5k, 10k, 40k lines) for a fast look.</summary>
    public bool Quick { get; }

    /// <summary>Also measure the largest codebase without any personal data.</summary>
    public bool Control { get; }

    /// <summary>Also build the largest codebase with the calibration analyzer alone (<c>--floor</c>).</summary>
    public bool Floor { get; }

    /// <summary>Run the long fuzz mode instead of the benchmark.</summary>
    public bool FuzzLong { get; }

    public int FuzzMutants { get; }

    /// <summary>A csc.dll to measure with (<c>--csc PATH</c>); by default the one of the SDK that runs here.</summary>
    public string? Csc { get; }

    public int Repeats { get; }

    /// <summary>How many missed or unexpected diagnostics to print per codebase.</summary>
    public int Details { get; }

    private static int Number(List<string> args, string name, int fallback)
    {
        var index = args.IndexOf(name);
        return index >= 0 && index + 1 < args.Count && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
