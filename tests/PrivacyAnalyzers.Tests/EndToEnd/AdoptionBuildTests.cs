using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using PrivacyAnalyzers.Tests.Adoption;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// Adopting the packed package on an existing project: the baseline accepts today's findings so that only new
/// ones fail the build, survives edits around a finding but not a move into another member, reports stale
/// entries, and the SARIF log carries each path for code scanning.
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)]
public sealed class AdoptionBuildTests
{
    private const string Model = """
        using PrivacyAnalyzers;

        [assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising, Statement = "Phone numbers never go to advertisers.")]

        namespace Shop;

        public sealed class Account
        {
            [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; init; } = "";
            [PersonalData(DataCategory.Email)] public string Email { get; init; } = "";
        }

        [DataSink(Recipient.Analytics, Party = "Metrics")] public interface IMetrics { void Track(string value); }
        [DataSink(Recipient.Logging)] public interface IAudit { void Write(string value); }
        [DataSink(Recipient.Advertising, Party = "AdCo")] public interface IAds { void Upload(string id); }
        """;

    // Line 5 holds the analytics leak, line 6 the logging leak.
    private const string Checkout = """
        namespace Shop;

        public static class Checkout
        {
            public static void Pay(Account account, IMetrics metrics, IAudit audit)
            {
                var copy = account.Email;
                metrics.Track(copy);
                audit.Write(account.Email);
            }
        }
        """;

    private readonly PackedPackage _package;

    public AdoptionBuildTests(PackedPackage package) => _package = package;

    private ScratchProject Project(string name) =>
        ScratchProject.Create(_package, name, "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>")
            .Write("Model.cs", Model).Write("Checkout.cs", Checkout);

    /// <summary>"Checkout.cs(8,23): error PRIV002" for each privacy diagnostic the build printed, once each.</summary>
    private static string[] Findings(CommandResult build) =>
        [.. Regex.Matches(build.Output, @"([\w.]+)\((\d+),(\d+)\): (error|warning) (PRIV\d+)")
            .Select(m => $"{m.Groups[1].Value}({m.Groups[2].Value},{m.Groups[3].Value}): {m.Groups[4].Value} {m.Groups[5].Value}")
            .Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void With_a_baseline_only_a_new_leak_fails_the_build_and_edits_around_a_baselined_one_keep_it_accepted()
    {
        var project = Project("AdoptBaseline");
        var before = project.Build();
        Assert.False(before.Succeeded, before.ToString());
        Assert.Equal(["Checkout.cs(8,23): error PRIV002", "Checkout.cs(9,21): error PRIV003"], Findings(before));

        var update = project.Build("-p:PrivacyBaselineUpdate=true");
        Assert.True(update.Succeeded, update.ToString());
        Assert.Contains("PrivacyAnalyzers: baseline written to " + project.PathOf("PrivacyBaseline.txt") + " (2 findings)", update.Output);
        var baseline = File.ReadAllText(project.PathOf("PrivacyBaseline.txt"));
        Assert.Contains(
            "PRIV002 ; user.contact.email ; P:Shop.Account.Email ; M:Shop.IMetrics.Track(System.String) ; M:Shop.Checkout.Pay(Shop.Account,Shop.IMetrics,Shop.IAudit)"
            + "  # user.contact.email from Account.Email reaches IMetrics.Track in Checkout.Pay\n", baseline);
        Assert.Contains(
            "PRIV003 ; user.contact.email ; P:Shop.Account.Email ; M:Shop.IAudit.Write(System.String) ; M:Shop.Checkout.Pay(Shop.Account,Shop.IMetrics,Shop.IAudit)"
            + "  # user.contact.email from Account.Email reaches IAudit.Write in Checkout.Pay\n", baseline);

        var accepted = project.Build();
        Assert.True(accepted.Succeeded, accepted.ToString());
        Assert.Empty(Findings(accepted));

        // One new leak, in a new method: only it fails the build.
        project.Write("Refund.cs", """
            namespace Shop;

            public static class Refund
            {
                public static void Run(Account account, IAudit audit) => audit.Write(account.Phone);
            }
            """);
        var newLeak = project.Build();
        Assert.False(newLeak.Succeeded, newLeak.ToString());
        Assert.Equal(["Refund.cs(5,74): error PRIV003"], Findings(newLeak));
        File.Delete(project.PathOf("Refund.cs"));

        // Ten lines further down, with the local on its path renamed: still the same finding.
        project.Write("Checkout.cs", Checkout.Replace("public static class Checkout", "public static class Checkout" + string.Concat(Enumerable.Repeat("\n", 10)))
            .Replace("var copy", "var forwarded").Replace("Track(copy)", "Track(forwarded)"));
        var moved = project.Build();
        Assert.True(moved.Succeeded, moved.ToString());
        Assert.Empty(Findings(moved));

        // Into another method: a new finding, and its old entry is stale.
        project.Write("Checkout.cs", Checkout.Replace("        audit.Write(account.Email);\n    }", "    }\n\n    public static void Audit(Account account, IAudit audit) => audit.Write(account.Email);"));
        var elsewhere = project.Build("-p:PrivacySarif=true");
        Assert.False(elsewhere.Succeeded, elsewhere.ToString());
        Assert.Equal(["Checkout.cs(11,76): error PRIV003"], Findings(elsewhere));
        var stale = StaleEntries(project);
        Assert.Equal([(baseline.Split('\n').ToList().FindIndex(l => l.StartsWith("PRIV003", StringComparison.Ordinal)) + 1)], stale);
    }

    [Fact]
    public void A_stale_entry_is_PRIV011_at_its_line_of_the_baseline()
    {
        var project = Project("AdoptStale");
        Assert.True(project.Build("-p:PrivacyBaselineUpdate=true").Succeeded);
        var baseline = File.ReadAllText(project.PathOf("PrivacyBaseline.txt"));
        project.Write("PrivacyBaseline.txt", baseline + "PRIV003 ; user.contact.email ; P:Shop.Account.Email ; M:Shop.IAudit.Write(System.String) ; M:Shop.Checkout.Gone  # fixed long ago\n");

        var build = project.Build("-p:PrivacySarif=true");

        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal([baseline.Split('\n').Length], StaleEntries(project));
    }

    [Fact]
    public void The_SARIF_log_of_a_real_build_is_valid_and_walks_each_path_from_source_to_sink()
    {
        var project = Project("AdoptSarif").Write("Promo.cs", """
            namespace Shop;

            public static class Promo
            {
                public static void Run(Account account, IAds ads)
                {
                    var id = account.Phone;
                    ads.Upload(id);
                }
            }
            """);

        var build = project.Build("-p:PrivacySarif=true");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("PrivacyAnalyzers: SARIF log written to " + project.PathOf(Path.Combine("obj", "privacy.sarif")) + " (3 results)", build.Output);
        var text = File.ReadAllText(project.PathOf(Path.Combine("obj", "privacy.sarif")));
        SarifSchema.AssertValid(text);
        var run = JsonNode.Parse(text)!["runs"]![0]!;
        Assert.Equal(["PRIV001", "PRIV002", "PRIV003"], run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => (string)r!["id"]!));
        var broken = run["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "PRIV001")!;
        Assert.Equal("error", (string)broken["level"]!);
        Assert.Equal(
            "PRIV001;user.contact.phone_number;P:Shop.Account.Phone;M:Shop.IAds.Upload(System.String);M:Shop.Promo.Run(Shop.Account,Shop.IAds)",
            (string)broken["partialFingerprints"]!["privacyFinding/v1"]!);
        Assert.Equal(3, (int)broken["relatedLocations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        Assert.EndsWith("/Model.cs", (string)broken["relatedLocations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
        var steps = broken["codeFlows"]![0]!["threadFlows"]![0]!["locations"]!.AsArray()
            .Select(s => s!["location"]!["physicalLocation"]!["region"]!)
            .Select(r => $"{(int)r["startLine"]!}:{(int)r["startColumn"]!}");
        Assert.Equal(["7:18", "7:13", "8:20"], steps);
    }

    [Fact]
    public void A_project_that_marks_nothing_is_told_in_one_line_how_to_mark_it_and_the_command_does()
    {
        var project = ScratchProject.Create(_package, "AdoptHint").Write("Customer.cs", """
            namespace Crm;

            public sealed class Customer
            {
                public string Email { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public string DisplayName { get; set; } = "";

                public void Call(string mobile) { }
            }
            """);

        var first = project.Build();

        Assert.True(first.Succeeded, first.ToString());
        var hint = "PrivacyAnalyzers: AdoptHint marks no personal data yet, and 2 members look personal (PRIV100). To mark them: "
            + "dotnet format analyzers --diagnostics PRIV100 --severity info";
        Assert.Single(first.Output.Split('\n'), line => line.Trim() == hint);
        Assert.DoesNotContain("warning", first.Output);
        var done = project.PathOf(Path.Combine("obj", "privacy-hint.done"));
        Assert.False(File.Exists(done)); // told, so told again next build until the members are marked

        var format = project.Run("format", "analyzers", project.ProjectPath, "--diagnostics", "PRIV100", "--severity", "info");
        Assert.True(format.Succeeded, format.ToString());
        var marked = File.ReadAllText(project.PathOf("Customer.cs"));
        Assert.Contains("[PersonalData(DataCategory.Email)]", marked);
        Assert.Contains("[PersonalData(DataCategory.PhoneNumber)]", marked);
        Assert.Contains("public void Call(string mobile) { }", marked);

        var after = project.Build();
        Assert.True(after.Succeeded, after.ToString());
        Assert.DoesNotContain("marks no personal data", after.Output);

        // Nothing left to hint: later plain builds keep no compiler log (it would make every info analyzer run).
        Assert.True(File.Exists(done));
        var hintLog = Directory.GetFiles(project.PathOf("obj"), "privacy-analyzers.sarif", SearchOption.AllDirectories).Single();
        File.Delete(hintLog);
        var later = project.Build("--no-incremental");
        Assert.True(later.Succeeded, later.ToString());
        Assert.False(File.Exists(hintLog));
    }

    /// <summary>The baseline lines that obj/privacy.sarif reports as PRIV011.</summary>
    private static int[] StaleEntries(ScratchProject project)
    {
        var sarif = File.ReadAllText(project.PathOf(Path.Combine("obj", "privacy.sarif")));
        SarifSchema.AssertValid(sarif);
        return [.. JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray()
            .Where(r => (string)r!["ruleId"]! == "PRIV011")
            .Select(r => (int)r!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!)];
    }
}
