using System.Text.Json;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// The real artifact in a real build: a project that adds the package from a folder feed fails
/// `dotnet build` on a broken promise, and CI's `-warnaserror` fails it on an undisclosed flow.
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)]
public sealed class PackageBuildTests
{
    private const string Statement = "We will never share your phone number with advertisers or with our parent company.";

    private readonly PackedPackage _package;

    public PackageBuildTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void Package_holds_the_analyzers_the_annotations_and_the_build_props()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("analyzers/dotnet/cs/PrivacyAnalyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/PrivacyAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("lib/netstandard2.0/PrivacyAnalyzers.Annotations.dll", entries);
        Assert.Contains("lib/netstandard2.0/PrivacyAnalyzers.Annotations.xml", entries);
        Assert.Contains("buildTransitive/PrivacyAnalyzers.props", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith("PrivacyAnalyzers.Package.dll", StringComparison.Ordinal));

        using var nuspec = new StreamReader(zip.GetEntry("PrivacyAnalyzers.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<id>PrivacyAnalyzers</id>", text);
        Assert.Contains("<license type=\"expression\">MIT</license>", text);
        Assert.Contains("<repository type=\"git\"", text);
        Assert.Contains("<readme>README.md</readme>", text);
        Assert.Contains("<tags>privacy", text);
    }

    [Fact]
    public void Broken_promise_fails_the_build_and_the_sarif_log_holds_the_path()
    {
        const string Program = """
            using PrivacyAnalyzers;

            [assembly: PrivacyPromise(DataCategory.PhoneNumber,
                NeverSharedWith = Recipient.Advertising | Recipient.Affiliate,
                Statement = "We will never share your phone number with advertisers or with our parent company.")]

            public sealed class Account
            {
                [PersonalData(DataCategory.PhoneNumber)]
                public string PhoneNumber { get; init; } = "";
            }

            public static class ParentAds
            {
                [DataSink(Recipient.Advertising | Recipient.Affiliate, Party = "Parent Co.")]
                public static void Upload(string identifier) { }
            }

            public static class Growth
            {
                public static void Share(Account account)
                {
                    ParentAds.Upload(account.PhoneNumber);
                }
            }
            """;
        var project = ScratchProject.Create(_package, "PromiseApp").Write("Program.cs", Program);
        var sarif = project.PathOf("build.sarif");

        var build = project.Build("-p:ErrorLog=" + sarif + "%2Cversion=2.1");

        Assert.False(build.Succeeded, build.ToString());
        var error = Assert.Single(build.Output.Split('\n').Distinct(), l => l.Contains("error PRIV001", StringComparison.Ordinal));
        Assert.Contains("Program.cs(23,", error);
        Assert.Contains(Statement, error);

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var run = log.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "PRIV001");
        Assert.EndsWith("docs/rules/PRIV001.md", rule.GetProperty("helpUri").GetString());

        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PRIV001");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(23, StartLine(result.GetProperty("locations")[0]));

        // The path: the source (the read of account.PhoneNumber, line 23) first, the promise (line 3) last.
        var related = result.GetProperty("relatedLocations").EnumerateArray().ToList();
        Assert.True(related.Count >= 2, result.ToString());
        Assert.All(related, l => Assert.EndsWith("Program.cs", Uri(l), StringComparison.Ordinal));
        Assert.Equal(23, StartLine(related[0]));
        Assert.Equal(3, StartLine(related[^1]));
    }

    [Fact]
    public void Undisclosed_sharing_fails_a_warnaserror_build_and_only_warns_otherwise()
    {
        const string Program = """
            using PrivacyAnalyzers;

            public sealed class Account
            {
                [PersonalData(DataCategory.ImpreciseLocation)]
                public string City { get; set; } = "";
            }

            [DataSink(Recipient.Analytics, Party = "Telemetrix")]
            public interface IAnalytics
            {
                void Track(string eventName, string value);
            }

            public static class Usage
            {
                public static void SignedUp(IAnalytics analytics, Account account)
                {
                    analytics.Track("signed_up", account.City);
                }
            }
            """;
        var project = ScratchProject.Create(_package, "DisclosureApp")
            .Write("Program.cs", Program)
            .Write("PrivacyRules.txt", "# no entries\n")
            .Write("PrivacyRules.Ads.txt", "# no entries\n")
            .Write("Other.txt", "not a rules file\n");

        var strict = project.Build("-warnaserror");
        Assert.False(strict.Succeeded, strict.ToString());
        Assert.Contains(strict.Output.Split('\n'), l => l.Contains("Program.cs(19,", StringComparison.Ordinal) && l.Contains("error PRIV002", StringComparison.Ordinal));

        // -warnaserror is applied by MSBuild's logger: the compiler still wrote the assembly, so rebuild.
        var lenient = project.Build("--no-incremental");
        Assert.True(lenient.Succeeded, lenient.ToString());
        Assert.Contains(lenient.Output.Split('\n'), l => l.Contains("Program.cs(19,", StringComparison.Ordinal) && l.Contains("warning PRIV002", StringComparison.Ordinal));

        // The package's buildTransitive props hand the rules files (and only those) to the analyzer.
        var items = project.Run("msbuild", project.ProjectPath, "-getItem:AdditionalFiles", "-nologo");
        Assert.True(items.Succeeded, items.ToString());
        using var json = JsonDocument.Parse(items.Output);
        var files = json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(i => Path.GetFileName(i.GetProperty("FullPath").GetString())).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "PrivacyRules.Ads.txt", "PrivacyRules.txt" }, files);
    }

    [Fact]
    public void Malformed_annotation_is_a_warning_in_the_build_output_and_the_sarif_log()
    {
        var project = ScratchProject.Create(_package, "MalformedApp").Write("Account.cs", """
            using PrivacyAnalyzers;

            public sealed class Account
            {
                [PersonalData("Phone")] public string PhoneNumber { get; init; } = "";
            }
            """);
        var sarif = project.PathOf("build.sarif");

        var build = project.Build("-p:ErrorLog=" + sarif + "%2Cversion=2.1");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains(build.Output.Split('\n'), l => l.Contains("Account.cs(5,6): warning PRIV010: 'Phone' is not a valid category key", StringComparison.Ordinal));
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "PRIV010");
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.Equal(5, StartLine(result.GetProperty("locations")[0]));
    }

    private static int StartLine(JsonElement location) =>
        location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();

    private static string Uri(JsonElement location) =>
        location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "";
}
