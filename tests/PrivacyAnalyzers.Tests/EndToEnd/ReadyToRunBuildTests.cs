using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// The package's ahead-of-time copy of the analyzer (docs/performance.md, "Ready-to-run"): it is the IL-only analyzer
/// plus native code, and a command-line build on linux-x64 hands it to the compiler, which then reports the same
/// findings; with <c>PrivacyReadyToRun=false</c>, or on any other machine, the compiler gets the IL-only copy.
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)]
public sealed class ReadyToRunBuildTests
{
    private const string IlAnalyzer = "analyzers/dotnet/cs/PrivacyAnalyzers.dll";
    private const string ReadyToRunAnalyzer = "ready-to-run/linux-x64/PrivacyAnalyzers.dll";

    private readonly PackedPackage _package;

    public ReadyToRunBuildTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void Package_holds_the_analyzer_twice_the_same_module_once_with_native_code()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var il = Inspect(zip, IlAnalyzer);
        var readyToRun = Inspect(zip, ReadyToRunAnalyzer);

        Assert.False(il.HasNativeCode);
        Assert.True(readyToRun.HasNativeCode);
        Assert.Equal(il.Mvid, readyToRun.Mvid);
        // crossgen marks a Linux image by XOR-ing the machine with 0x7B79 (the runtime rejects it on any other OS).
        Assert.Equal((int)Machine.Amd64 ^ 0x7B79, (int)readyToRun.Machine);
        // Nothing else of the ready-to-run project's publish output (the compiler's own assemblies) is shipped.
        Assert.Single(zip.Entries, e => e.FullName.StartsWith("ready-to-run/", StringComparison.Ordinal));
    }

    [Fact]
    public void Command_line_build_hands_the_compiler_the_ready_to_run_analyzer_which_finds_the_same()
    {
        var project = ScratchProject.Create(_package, "ReadyToRunApp").Write("Program.cs", """
            using PrivacyAnalyzers;

            [assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising, Statement = "Never to advertisers.")]

            public sealed class Account
            {
                [PersonalData(DataCategory.PhoneNumber)]
                public string PhoneNumber { get; init; } = "";
            }

            public static class Ads
            {
                [DataSink(Recipient.Advertising)]
                public static void Upload(string identifier) { }
            }

            public static class Growth
            {
                public static void Share(Account account) => Ads.Upload(account.PhoneNumber);
            }
            """);

        // Normal verbosity prints the compiler's command line, with its /analyzer: arguments.
        var preferred = project.Build("-v:n", "-p:UseSharedCompilation=false");
        var ilOnly = project.Build("-v:n", "--no-incremental", "-p:UseSharedCompilation=false", "-p:PrivacyReadyToRun=false");
        // The compiler server loads analyzers from memory, where the runtime runs the ready-to-run copy's IL.
        var server = project.Build("-v:n", "--no-incremental", "-p:UseSharedCompilation=true");
        project.Run("build-server", "shutdown", "--vbcscompiler");

        var expected = RuntimeInformation.RuntimeIdentifier == "linux-x64" ? ReadyToRunAnalyzer : IlAnalyzer;
        Assert.Equal(expected, Assert.Single(AnalyzerArguments(preferred)));
        Assert.Equal(IlAnalyzer, Assert.Single(AnalyzerArguments(ilOnly)));
        Assert.Equal(expected, Assert.Single(AnalyzerArguments(server)));
        Assert.False(preferred.Succeeded, preferred.ToString());
        var error = Assert.Single(Errors(preferred));
        Assert.Contains("Program.cs(19,", error);
        Assert.Contains("Never to advertisers.", error);
        Assert.Equal(Errors(preferred), Errors(ilOnly));
        Assert.Contains("CompilerServer: server", server.Output);
        Assert.Equal(Errors(preferred), Errors(server));
    }

    /// <summary>The compiler's <c>/analyzer:</c> arguments naming the package's <c>PrivacyAnalyzers.dll</c>, relative to the package folder.</summary>
    private static List<string> AnalyzerArguments(CommandResult build) =>
        Regex.Matches(build.Output, @"/analyzer:\S*/privacyanalyzers/[^/\s]+/(\S+/PrivacyAnalyzers\.dll)(?=\s)")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();

    /// <summary>The errors from the file name on: normal verbosity prefixes some lines with the build node's number.</summary>
    private static List<string> Errors(CommandResult build) =>
        build.Output.Split('\n').Where(l => l.Contains("error PRIV", StringComparison.Ordinal))
            .Select(l => l[l.IndexOf("Program.cs(", StringComparison.Ordinal)..].Trim()).Distinct().ToList();

    private static (bool HasNativeCode, Guid Mvid, Machine Machine) Inspect(ZipArchive zip, string entry)
    {
        using var stream = new MemoryStream();
        using (var source = zip.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return (pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0,
            metadata.GetGuid(metadata.GetModuleDefinition().Mvid),
            pe.PEHeaders.CoffHeader.Machine);
    }
}
