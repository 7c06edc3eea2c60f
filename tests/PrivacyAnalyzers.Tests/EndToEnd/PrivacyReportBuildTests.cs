using System.Text.Json.Nodes;
using PrivacyAnalyzers.Tests.Report;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// The privacy report from the packed package, in real builds: `-p:PrivacyReport=true` writes exactly the
/// expected rows (even when PRIV001 fails the build), changes no build result, and without the property
/// nothing is written.
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)]
public sealed class PrivacyReportBuildTests
{
    private const string Source = """
        using PrivacyAnalyzers;

        [assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising, Statement = "Phone numbers never go to advertisers.")]
        [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "SendGrid", Purpose = "Receipts")]
        [assembly: PrivacyDisclosure(DataCategory.Name, Recipient.Analytics, Purpose = "Never used")]

        public sealed class Account
        {
            [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; init; } = "";
            [PersonalData(DataCategory.Email)] public string Email { get; init; } = "";
        }

        [DataSink(Recipient.Advertising, Party = "AdCo")] public interface IAds { void Upload(string id); }
        [DataSink(Recipient.Processor, Party = "SendGrid")] public interface IMail { void Send(string to); }
        [DataSink(Recipient.Analytics, Party = "Metrics")] public interface IMetrics { void Track(string value); }

        public static class Checkout
        {
            public static void Run(Account account, IAds ads, IMail mail, IMetrics metrics)
            {
                mail.Send(account.Email);
                var copy = account.Email;
                metrics.Track(copy);
                ads.Upload(account.Phone);
            }
        }
        """;

    private readonly PackedPackage _package;

    public PrivacyReportBuildTests(PackedPackage package) => _package = package;

    [Fact]
    public void The_package_ships_the_report_targets_and_task()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("buildTransitive/PrivacyAnalyzers.targets", entries);
        Assert.Contains("buildTransitive/PrivacyReport.globalconfig", entries);
        Assert.Contains("tasks/netstandard2.0/PrivacyAnalyzers.Report.dll", entries);
    }

    [Fact]
    public void Without_the_property_nothing_is_written_and_with_it_the_report_holds_exactly_the_expected_rows()
    {
        var project = ScratchProject.Create(_package, "ReportShop").Write("Checkout.cs", Source);

        var plain = project.Build();
        Assert.False(plain.Succeeded, plain.ToString());
        Assert.DoesNotContain("privacy report", plain.Output);
        Assert.Empty(Directory.GetFiles(project.PathOf("obj"), "privacy-report*", SearchOption.AllDirectories));

        // The same build result (PRIV001 fails it) and, from CoreBuild's error path, the report.
        var report = project.Build("-p:PrivacyReport=true");
        Assert.False(report.Succeeded, report.ToString());
        Assert.Contains("error PRIV001", report.Output);
        Assert.Contains("PrivacyAnalyzers: privacy report written to " + project.PathOf(Path.Combine("obj", "privacy-report.md")), report.Output);
        Assert.DoesNotContain("PRIV900", report.Output);

        var markdown = File.ReadAllText(project.PathOf(Path.Combine("obj", "privacy-report.md")));
        Assert.Contains("**3 flows** of personal data (2 categories) to 3 parties · promises: 0 kept, 1 broken · disclosures: 1 used, 1 unused · 1 undisclosed flow.", markdown);
        Assert.Contains("""
            | Category | processor | third-party | advertising | analytics |
            |---|---|---|---|---|
            | `user.contact.email` | **SendGrid** 1 flow: [Checkout.cs:21](../Checkout.cs#L21) | **Metrics** 1 flow: [Checkout.cs:23](../Checkout.cs#L23) |  | **Metrics** 1 flow: [Checkout.cs:23](../Checkout.cs#L23) |
            | `user.contact.phone_number` |  | **AdCo** 1 flow: [Checkout.cs:24](../Checkout.cs#L24) | **AdCo** 1 flow: [Checkout.cs:24](../Checkout.cs#L24) |  |

            """, markdown);
        Assert.Contains("| ❌ **broken** | `user.contact.phone_number` | advertising | Phone numbers never go to advertisers. | [Checkout.cs:3](../Checkout.cs#L3) | #3 [Checkout.cs:24](../Checkout.cs#L24) `Account.Phone` → `IAds.Upload` (AdCo) |\n", markdown);
        Assert.Contains("| ✅ used | `user.contact.email` | processor | SendGrid | Receipts | [Checkout.cs:4](../Checkout.cs#L4) | #1 [Checkout.cs:21](../Checkout.cs#L21) |\n", markdown);
        Assert.Contains("| ⚠️ unused | `user.name` | analytics | any | Never used | [Checkout.cs:5](../Checkout.cs#L5) | — |\n", markdown);
        Assert.Contains("| #2 [Checkout.cs:23](../Checkout.cs#L23) | PRIV002 | `user.contact.email` | `Account.Email` → `IMetrics.Track` (Metrics) | analytics, third-party |\n", markdown);

        var json = File.ReadAllText(project.PathOf(Path.Combine("obj", "privacy-report.json")));
        Assert.True(JsonReportWriterTests.Validate(json).IsValid);
        var flows = JsonNode.Parse(json)!["flows"]!.AsArray();
        Assert.Equal(new[] { null, "PRIV002", "PRIV001" }, flows.Select(f => (string?)f!["diagnosticId"]));
        // The path of the flow through `copy`: the read of account.Email, then the assignment `copy = ...`, both on line 22.
        Assert.Equal("[{\"file\":\"Checkout.cs\",\"line\":22,\"column\":20},{\"file\":\"Checkout.cs\",\"line\":22,\"column\":13}]", flows[1]!["path"]!.ToJsonString());
    }

    [Fact]
    public void A_report_build_changes_no_build_result_even_with_warnings_as_errors()
    {
        var clean = Source.Replace("metrics.Track(copy);", "").Replace("ads.Upload(account.Phone);", "");
        var project = ScratchProject.Create(_package, "ReportClean").Write("Checkout.cs", clean);

        var result = project.Build("-p:PrivacyReport=true", "-warnaserror");

        Assert.True(result.Succeeded, result.ToString());
        var json = JsonNode.Parse(File.ReadAllText(project.PathOf(Path.Combine("obj", "privacy-report.json"))))!;
        Assert.Equal(1, (int)json["summary"]!["flows"]!);
        Assert.Equal("SendGrid", (string?)json["flows"]![0]!["party"]);
    }
}
