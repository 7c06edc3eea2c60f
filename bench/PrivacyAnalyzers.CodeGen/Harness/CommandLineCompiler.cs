using System.Diagnostics;
using System.Runtime.InteropServices;
using PrivacyAnalyzers.CodeGen.Generation;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>One run of the command-line compiler: its cost as the kernel counts it, and what it printed.</summary>
/// <param name="CpuSeconds">User + system CPU of the compiler process, all threads.</param>
/// <param name="PeakMegabytes">The process's peak resident memory.</param>
/// <param name="Diagnostics">Analyzer diagnostics (every id that is not a compiler CS id), in printed order.</param>
/// <param name="CompilerErrors">Compiler (CS) errors, which mean the generated code itself is broken.</param>
public sealed record CompilerRun(double WallSeconds, double CpuSeconds, double PeakMegabytes, int ExitCode,
    IReadOnlyList<ReportedDiagnostic> Diagnostics, IReadOnlyList<string> CompilerErrors);

/// <summary>
/// Builds sources with the SDK's own csc, as <c>dotnet build</c> does, in a process of its own. This is how users
/// pay for analyzers: csc binds each method body once, for emit, and hands the bound trees to the analyzer driver,
/// so an analyzer is charged only for what it adds on top.
/// </summary>
public sealed class CommandLineCompiler
{
    private CommandLineCompiler(string dotnet, string csc)
    {
        Dotnet = dotnet;
        Csc = csc;
    }

    public string Dotnet { get; }

    public string Csc { get; }

    /// <summary>The SDK folder that holds this csc (<c>sdk/10.0.x</c>), where its default analyzers live too.</summary>
    public string SdkDirectory => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Csc)!, "..", ".."));

    /// <summary>The csc.dll of the SDK that <c>dotnet --version</c> selects here, or <paramref name="csc"/> when given.</summary>
    public static CommandLineCompiler Locate(string? csc = null)
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var dotnet = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        if (csc != null)
        {
            return new CommandLineCompiler(dotnet, Path.GetFullPath(csc));
        }

        // The SDK that global.json and roll-forward select here, else the newest one installed.
        var sdkRoot = Path.Combine(root, "sdk");
        var newest = Directory.GetDirectories(sdkRoot).OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version()).FirstOrDefault();
        var chosen = new[] { Path.Combine(sdkRoot, SelectedSdkVersion(dotnet)), newest }
            .Where(d => d != null)
            .Select(d => Path.Combine(d!, "Roslyn", "bincore", "csc.dll"))
            .FirstOrDefault(File.Exists);
        return chosen != null ? new CommandLineCompiler(dotnet, chosen) : throw new FileNotFoundException($"No csc.dll under {root}/sdk.");
    }

    /// <summary>Writes a codebase's files under <paramref name="root"/> and returns their full paths.</summary>
    public static IReadOnlyList<string> WriteSources(GeneratedCodebase codebase, string root)
    {
        var paths = new List<string>();
        foreach (var file in codebase.Files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Compiles a library as a Release build does (optimized, portable PDB, nullable on, C# 12).</summary>
    public CompilerRun Build(string root, IEnumerable<string> sources, IEnumerable<string> references, AnalyzerSet analyzers)
    {
        var output = Path.Combine(root, "obj-" + Guid.NewGuid().ToString("N"));
        var responseFile = WriteResponseFile(Path.Combine(output, "csc.rsp"), output, sources, references, analyzers);
        try
        {
            return Run(root, responseFile);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>The response file of <see cref="Build"/>, for builds timed by hand (<c>--dump</c>); the output goes to <paramref name="output"/>.</summary>
    public static string WriteResponseFile(string responseFile, string output, IEnumerable<string> sources, IEnumerable<string> references, AnalyzerSet analyzers)
    {
        Directory.CreateDirectory(output);
        var arguments = new List<string>
        {
            "/noconfig", "/nologo", "/nostdlib+", "/target:library", "/nullable:enable", "/langversion:12", "/deterministic+",
            "/optimize+", "/debug:portable", "/errorendlocation", "/utf8output",
            Quote("/out:" + Path.Combine(output, "Generated.dll")),
        };
        arguments.AddRange(references.Select(r => Quote("/reference:" + r)));
        arguments.AddRange(analyzers.Assemblies.Select(a => Quote("/analyzer:" + a)));
        arguments.AddRange(analyzers.Configs.Select(c => Quote("/analyzerconfig:" + c)));
        arguments.AddRange(sources.Select(Quote));
        File.WriteAllLines(responseFile, arguments);
        return responseFile;
    }

    private CompilerRun Run(string root, string responseFile)
    {
        var start = new ProcessStartInfo(Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Csc);
        start.ArgumentList.Add("@" + responseFile);
        var lines = new List<string>();
        var cpuBefore = ChildProcessCpu.TotalSeconds();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("csc did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (lines) { lines.Add(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (lines) { lines.Add(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peak = 0L;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakWorkingSet(process));
        }

        process.WaitForExit();
        watch.Stop();
        var cpu = ChildProcessCpu.TotalSeconds() - cpuBefore;
        var diagnostics = lines.Select(l => ReportedDiagnostic.TryParse(l, root)).OfType<ReportedDiagnostic>().ToList();
        var errors = lines.Where(l => l.Contains(": error CS", StringComparison.Ordinal)).ToList();
        if (process.ExitCode != 0 && diagnostics.Count == 0 && errors.Count == 0)
        {
            errors.AddRange(lines.Take(20));
        }

        return new CompilerRun(watch.Elapsed.TotalSeconds, cpu, peak / (1024.0 * 1024.0), process.ExitCode,
            diagnostics.Where(d => !d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList(), errors);
    }

    /// <summary>The kernel's high-water mark of resident memory (VmHWM on Linux); 0 once the process is gone.</summary>
    private static long PeakWorkingSet(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static string SelectedSdkVersion(string dotnet)
    {
        var start = new ProcessStartInfo(dotnet, "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return version;
    }

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? "\"" + argument + "\"" : argument;
}
