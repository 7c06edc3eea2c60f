using System.Diagnostics;

namespace PrivacyAnalyzers.Tests.Editor;

/// <summary>
/// A throw-away net10.0 library in a temp folder that uses the analyzer, code-fix and annotation
/// assemblies built next to the tests (as the package would put them), isolated from the repository's
/// Directory.Build.* files. A stand-in for the packed-package scratch project of the end-to-end tests.
/// </summary>
public sealed class LocalAnalyzerProject : IDisposable
{
    private static readonly string Bin = AppContext.BaseDirectory;

    public LocalAnalyzerProject(string name)
    {
        Directory = Path.Combine(Path.GetTempPath(), $"privacyanalyzers-{name}-{Guid.NewGuid():N}"[..48]);
        System.IO.Directory.CreateDirectory(Directory);
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
        Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="PrivacyAnalyzers.Annotations" HintPath="{Path.Combine(Bin, "PrivacyAnalyzers.Annotations.dll")}" />
                <Analyzer Include="{Path.Combine(Bin, "PrivacyAnalyzers.dll")}" />
                <Analyzer Include="{Path.Combine(Bin, "PrivacyAnalyzers.CodeFixes.dll")}" />
              </ItemGroup>
            </Project>
            """);
        ProjectPath = PathOf(name + ".csproj");
    }

    public string Directory { get; }
    public string ProjectPath { get; }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public LocalAnalyzerProject Write(string relativePath, string text)
    {
        File.WriteAllText(PathOf(relativePath), text);
        return this;
    }

    /// <summary>Runs <c>dotnet {arguments}</c> in the project folder; returns exit code and output.</summary>
    public (int ExitCode, string Output) Dotnet(params string[] arguments) => Run(Directory, arguments);

    /// <summary>Runs <c>dotnet {arguments}</c> in <paramref name="directory"/> with a 5-minute limit.</summary>
    public static (int ExitCode, string Output) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out: dotnet " + string.Join(' ', arguments));
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
