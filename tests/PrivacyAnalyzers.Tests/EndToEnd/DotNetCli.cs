using System.Diagnostics;
using System.Text;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>What a <c>dotnet</c> command printed and how it ended.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"> {Command}\nexit code {ExitCode}\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI the way a user does, isolated from the test host's MSBuild environment.</summary>
public static class DotNetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static CommandResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` sets MSBuild variables for the test host; a nested build must not inherit them.
        foreach (var name in start.Environment.Keys.Where(IsInheritedBuildVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {Timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new CommandResult("dotnet " + string.Join(' ', arguments), process.ExitCode, output.ToString());
        }
    }

    /// <summary>Variables `dotnet test` sets for its own MSBuild, which a child dotnet process must not inherit.</summary>
    internal static bool IsInheritedBuildVariable(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line != null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
