using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// <c>--real PROJECT --rules FILE</c>: what the package costs on a real project (fetched by the user, never committed
/// here). Restores once, then rebuilds the one project (<c>--no-incremental</c>, no build server, a cold compiler each
/// time) in alternating pairs, without and with the analyzer and the rules file, and prints CPU, wall time and peak
/// memory of each build (from <c>/usr/bin/time</c> where it exists), the ratios, and the diagnostics of every build
/// with the package, which must be the same each time.
/// </summary>
internal static class RealProjects
{
    public static int Run(string project, string rules, int pairs, IReadOnlyList<string> properties, bool withLog)
    {
        project = Path.GetFullPath(project);
        rules = Path.GetFullPath(rules);
        if (!PrivacyAnalyzers.Configuration.RulesLoader.IsRulesFile(rules))
        {
            // The analyzer reads only PrivacyRules.txt and PrivacyRules.*.txt: any other name would measure a build with no sources at all.
            Console.Error.WriteLine($"--rules {rules}: the package reads only files named PrivacyRules.txt or PrivacyRules.*.txt; rename it.");
            return 2;
        }

        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "privacy-real-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            var targets = Path.Combine(work, "privacy.targets");
            File.WriteAllText(targets, $"""
                <Project>
                  <ItemGroup Condition="'$(WithPrivacy)' == 'true'">
                    <Analyzer Include="{BenchmarkSetup.PackageAnalyzer}" />
                    <AdditionalFiles Include="{rules}" />
                  </ItemGroup>
                  <!-- The package's own targets too (error log, library summary), as a project that adds the package gets them. -->
                  <PropertyGroup Condition="'$(WithPrivacy)' == 'true'">
                    <PrivacyReportTaskAssembly>{Path.Combine(AppContext.BaseDirectory, "PrivacyAnalyzers.Report.dll")}</PrivacyReportTaskAssembly>
                    <!-- The targets swap these as they swap the package's two copies (ready-to-run on linux-x64). -->
                    <PrivacyAnalyzerPath>{BenchmarkSetup.PackageAnalyzer}</PrivacyAnalyzerPath>
                    <PrivacyReadyToRunAnalyzerPath>{BenchmarkSetup.ReadyToRunAnalyzer}</PrivacyReadyToRunAnalyzerPath>
                  </PropertyGroup>
                  <Import Project="{PackageTargets}" Condition="'$(WithPrivacy)' == 'true'" />
                </Project>
                """);
            var common = new List<string> { "-p:CustomAfterMicrosoftCommonTargets=" + targets };
            common.AddRange(properties.Select(p => "-p:" + p));
            var restore = Run(work, "dotnet", ["restore", project, .. common]);
            if (restore.ExitCode != 0)
            {
                Console.WriteLine(restore.Output);
                return 1;
            }

            Console.WriteLine($"real project: {project}, rules {rules}, {pairs} alternating pair(s), {Environment.ProcessorCount} cores, "
                + (withLog ? "a compiler log of their own (info diagnostics computed)" : "plain builds (every diagnostic from the first build's log, then what each timed build prints)"));
            // A first build with the package, as a new user's: the package keeps the compiler's log for its first-build hint,
            // and that log (info diagnostics too) is the reference. Once nothing is left to hint, plain builds keep no log.
            File.Delete(Path.Combine(Path.GetDirectoryName(project)!, "obj", "privacy-hint.done"));
            var first = Measure(work, project, common, privacy: true, withLog, "first");
            Console.WriteLine($"  first build with the package (not counted) {first}");
            Console.WriteLine($"    its diagnostics: {Summary(first.Diagnostics)}");
            if (first.ExitCode != 0)
            {
                Console.WriteLine(first.Output);
                return 1;
            }

            var without = new List<Build>();
            var with = new List<Build>();
            for (var i = 0; i < pairs; i++)
            {
                // Alternate which goes first, so that a warm disk cache favors neither.
                foreach (var privacy in i % 2 == 0 ? new[] { false, true } : new[] { true, false })
                {
                    var build = Measure(work, project, common, privacy, withLog, $"{i}-{privacy}");
                    (privacy ? with : without).Add(build);
                    Console.WriteLine($"  {(privacy ? "with   " : "without")} {build}");
                    if (build.ExitCode != 0)
                    {
                        Console.WriteLine(build.Output);
                        return 1;
                    }
                }
            }

            return Report(without, with);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static int Report(List<Build> without, List<Build> with)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        var cpu = Median(with.Select(b => b.CpuSeconds)) / Median(without.Select(b => b.CpuSeconds));
        var wall = Median(with.Select(b => b.WallSeconds)) / Median(without.Select(b => b.WallSeconds));
        var paired = Median(with.Zip(without, (w, o) => w.CpuSeconds / o.CpuSeconds));
        Console.WriteLine();
        Console.WriteLine($"CPU: {Median(without.Select(b => b.CpuSeconds)):F1} s -> {Median(with.Select(b => b.CpuSeconds)):F1} s, ratio {cpu:F2}x (median of paired ratios {paired:F2}x)");
        Console.WriteLine($"wall: {Median(without.Select(b => b.WallSeconds)):F1} s -> {Median(with.Select(b => b.WallSeconds)):F1} s, ratio {wall:F2}x");
        if (with.All(b => b.PeakMegabytes > 0))
        {
            var peak = Median(with.Select(b => b.PeakMegabytes)) / Median(without.Select(b => b.PeakMegabytes));
            Console.WriteLine($"peak memory: {Median(without.Select(b => b.PeakMegabytes)):F0} MB -> {Median(with.Select(b => b.PeakMegabytes)):F0} MB, ratio {peak:F2}x");
        }

        var first = with[0].Diagnostics;
        Console.WriteLine($"diagnostics with the package: {Summary(first)}{(with[0].FromOutput ? " (warnings and errors of the build output: a plain build keeps no log)" : "")}");
        var stable = with.All(b => b.Diagnostics.SequenceEqual(first));
        Console.WriteLine(stable ? "the same diagnostics on every build" : "DIFFERENT diagnostics between builds:");
        foreach (var other in with.Skip(1))
        {
            foreach (var line in first.Except(other.Diagnostics).Select(d => "  first only: " + d).Concat(other.Diagnostics.Except(first).Select(d => "  later only: " + d)).Take(10))
            {
                Console.WriteLine(line);
            }
        }

        return stable && !first.Any(d => d.StartsWith("AD0001", StringComparison.Ordinal)) ? 0 : 1;
    }

    private static string Summary(List<string> diagnostics) =>
        $"{diagnostics.Count} ({string.Join(", ", diagnostics.GroupBy(d => d.Split(' ')[0]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))})";

    private static Build Measure(string work, string project, List<string> common, bool privacy, bool withLog, string name)
    {
        // A plain build's diagnostics come from the log the package keeps for its first-build hint (obj/.../privacy-analyzers.sarif)
        // when it kept one this time, else from what the build printed.
        var ownLog = Path.Combine(work, name + ".sarif");
        List<string> arguments = ["build", project, "-c", "Release", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false",
            "-p:TreatWarningsAsErrors=false", .. common];
        if (withLog)
        {
            arguments.Add("-p:ErrorLog=" + ownLog + "%2Cversion=2.1");
        }

        if (privacy)
        {
            arguments.Add("-p:WithPrivacy=true");
        }

        var timeFile = Path.Combine(work, name + ".time");
        var timed = File.Exists("/usr/bin/time");
        var stopwatch = Stopwatch.StartNew();
        var result = timed ? Run(work, "/usr/bin/time", ["-f", "%U %S %M", "-o", timeFile, "dotnet", .. arguments]) : Run(work, "dotnet", arguments);
        var wall = stopwatch.Elapsed.TotalSeconds;
        double cpu = 0, peak = 0;
        if (timed && File.Exists(timeFile))
        {
            var fields = File.ReadAllLines(timeFile).Last().Split(' ');
            cpu = double.Parse(fields[0], CultureInfo.InvariantCulture) + double.Parse(fields[1], CultureInfo.InvariantCulture);
            peak = double.Parse(fields[2], CultureInfo.InvariantCulture) / 1024;
        }

        var sarif = withLog ? ownLog : PackageLog(project);
        var fromLog = File.Exists(sarif) && File.GetLastWriteTimeUtc(sarif) >= DateTime.UtcNow - stopwatch.Elapsed;
        var diagnostics = !privacy ? [] : fromLog ? Diagnostics(sarif) : OutputDiagnostics(result.Output);
        return new Build(result.ExitCode, result.Output, cpu, wall, peak, diagnostics, privacy && !fromLog);
    }

    /// <summary>The newest log the package kept under the project's obj folder, or a path that does not exist.</summary>
    private static string PackageLog(string project)
    {
        var obj = Path.Combine(Path.GetDirectoryName(project)!, "obj");
        return Directory.Exists(obj)
            ? Directory.GetFiles(obj, "privacy-analyzers.sarif", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault() ?? ""
            : "";
    }

    /// <summary>"PRIV003 File.cs:12:5 message" for each result of our rules (and AD0001) in the SARIF log, sorted.</summary>
    private static List<string> Diagnostics(string sarif)
    {
        var found = new List<string>();
        if (!File.Exists(sarif))
        {
            return found;
        }

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var id = result.GetProperty("ruleId").GetString() ?? "";
                if (!id.StartsWith("PRIV", StringComparison.Ordinal) && id != "AD0001")
                {
                    continue;
                }

                var where = result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    ? locations[0].GetProperty("physicalLocation") : default;
                var file = where.ValueKind == JsonValueKind.Object ? Path.GetFileName(where.GetProperty("artifactLocation").GetProperty("uri").GetString()) : "";
                var line = where.ValueKind == JsonValueKind.Object ? where.GetProperty("region").GetProperty("startLine").GetInt32() : 0;
                found.Add($"{id} {file}:{line} {result.GetProperty("message").GetProperty("text").GetString()}");
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>"PRIV901 File.cs:12 message" for each warning or error of ours (and AD0001) that the build printed, sorted.</summary>
    private static List<string> OutputDiagnostics(string output)
    {
        var pattern = new System.Text.RegularExpressions.Regex(@"([^/\\(]+)\((\d+),\d+[^)]*\): (?:warning|error) (PRIV\d+|AD0001): (.*?)(?: \[[^\]]*\])?$");
        var found = output.Split('\n').Select(l => pattern.Match(l.TrimEnd('\r'))).Where(m => m.Success)
            .Select(m => $"{m.Groups[3].Value} {m.Groups[1].Value}:{m.Groups[2].Value} {m.Groups[4].Value}").Distinct().ToList();
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static (int ExitCode, string Output) Run(string directory, string command, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private sealed record Build(int ExitCode, string Output, double CpuSeconds, double WallSeconds, double PeakMegabytes, List<string> Diagnostics, bool FromOutput = false)
    {
        public override string ToString() =>
            $"CPU {CpuSeconds,6:F1} s  wall {WallSeconds,6:F1} s  peak {PeakMegabytes,5:F0} MB  diagnostics {Diagnostics.Count}";
    }

    /// <summary>The package's buildTransitive targets in this repository (found above the benchmark's folder).</summary>
    private static string PackageTargets
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                var targets = Path.Combine(directory.FullName, "src", "PrivacyAnalyzers.Package", "buildTransitive", "PrivacyAnalyzers.targets");
                if (File.Exists(targets))
                {
                    return targets;
                }
            }

            throw new InvalidOperationException("The package's targets (src/PrivacyAnalyzers.Package/buildTransitive) are not above " + AppContext.BaseDirectory);
        }
    }
}
