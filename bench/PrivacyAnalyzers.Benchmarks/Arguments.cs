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
        Repeats = Number(list, "--repeat", Quick ? 1 : 2);
        Details = Number(list, "--details", 10);
        FuzzMutants = Number(list, "--fuzz-long", 5_000);
    }

    /// <summary>Small sizes (2.5k, 10k, 40k lines) for a fast look.</summary>
    public bool Quick { get; }

    /// <summary>Also measure the largest codebase without any personal data.</summary>
    public bool Control { get; }

    /// <summary>Run the long fuzz mode instead of the benchmark.</summary>
    public bool FuzzLong { get; }

    public int FuzzMutants { get; }

    public int Repeats { get; }

    /// <summary>How many missed or unexpected diagnostics to print per codebase.</summary>
    public int Details { get; }

    private static int Number(List<string> args, string name, int fallback)
    {
        var index = args.IndexOf(name);
        return index >= 0 && index + 1 < args.Count && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
