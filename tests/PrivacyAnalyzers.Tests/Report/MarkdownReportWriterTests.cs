using PrivacyAnalyzers.Report.Model;
using PrivacyAnalyzers.Report.Sarif;
using PrivacyAnalyzers.Report.Writers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Report;

public class MarkdownReportWriterTests
{
    private static readonly string Markdown = MarkdownReportWriter.Write(
        SarifReader.Read(CraftedSarif.Shop().ToSarif21(), CraftedSarif.ProjectDirectory, "Shop"), "../");

    /// <summary>The rows of the table under a "## heading", header and separator excluded.</summary>
    private static string[] Rows(string heading) => Markdown.Split("\n## " + heading + "\n")[1].Split("\n## ")[0]
        .Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToArray();

    [Fact]
    public void Opens_with_the_title_and_a_summary_line()
    {
        Assert.StartsWith("# Privacy report: Shop\n\n**5 flows** of personal data (3 categories) to 5 parties · promises: 1 kept, 1 broken · disclosures: 2 used, 1 unused · 2 undisclosed flows.\n", Markdown);
    }

    [Fact]
    public void The_data_map_has_a_row_per_category_and_a_column_per_recipient_reached()
    {
        Assert.Contains("| Category | processor | third-party | advertising | analytics | logging |\n", Markdown);
        Assert.Equal(new[]
        {
            "| `user.contact.address` |  | **Acme Metrics** 1 flow: [Program.cs:30](../Program.cs#L30) |  | **Acme Metrics** 1 flow: [Program.cs:30](../Program.cs#L30) |  |",
            "| `user.contact.email` | **SendGrid** 1 flow: [Mail.cs:10](../Mail.cs#L10) | **Segment** 1 flow: [Program.cs:31](../Program.cs#L31) |  | **Segment** 1 flow: [Program.cs:31](../Program.cs#L31) | **(logging)** 1 flow: [Program.cs:20](../Program.cs#L20) |",
            "| `user.contact.phone_number` |  | **Meta** 1 flow: [Ads.cs:5](../Ads.cs#L5) | **Meta** 1 flow: [Ads.cs:5](../Ads.cs#L5) |  |  |",
        }, Rows("Data map"));
    }

    [Fact]
    public void Each_promise_is_kept_or_broken_with_its_breaking_flows()
    {
        Assert.Equal(new[]
        {
            "| ❌ **broken** | `user.contact.phone_number` | advertising, affiliate | We never share your phone number with advertisers. | [Policy.cs:3](../Policy.cs#L3) | #1 [Ads.cs:5](../Ads.cs#L5) `Customer.Phone` → `IAudience.Upload` (Meta) |",
            "| ✅ kept | `user.contact.email` | advertising | Your e-mail is never used for ads. | [Policy.cs:4](../Policy.cs#L4) | — |",
        }, Rows("Promises"));
    }

    [Fact]
    public void Each_disclosure_is_used_or_unused()
    {
        Assert.Equal(new[]
        {
            "| ✅ used | `user.contact.email` | processor | SendGrid | Receipts | [Policy.cs:6](../Policy.cs#L6) | #2 [Mail.cs:10](../Mail.cs#L10) |",
            "| ✅ used | `user.contact` | analytics, third-party | Segment | Product analytics | [Policy.cs:7](../Policy.cs#L7) | #5 [Program.cs:31](../Program.cs#L31) |",
            "| ⚠️ unused | `user.financial.credit_card` | processor | Stripe | Payments | [Policy.cs:8](../Policy.cs#L8) | — |",
        }, Rows("Disclosures"));
    }

    [Fact]
    public void Each_undisclosed_flow_names_its_rule_and_what_is_not_disclosed()
    {
        Assert.Equal(new[]
        {
            "| #3 [Program.cs:20](../Program.cs#L20) | PRIV003 | `user.contact.email` | `Customer.Email` → `LoggerExtensions.LogInformation` | logging |",
            "| #4 [Program.cs:30](../Program.cs#L30) | PRIV002 | `user.contact.address` | `Customer.Address` → `Analytics.Track` (Acme Metrics) | analytics, third-party |",
        }, Rows("Undisclosed flows"));
    }

    [Fact]
    public void Every_flow_is_listed_with_its_path()
    {
        var rows = Rows("All flows");

        Assert.Equal(5, rows.Length);
        Assert.Equal("| 2 | allowed | `user.contact.email` | `Customer.Email` → `IMailer.Send` (SendGrid) | processor | [Mail.cs:10](../Mail.cs#L10) | [Models/Customer.cs:7](../Models/Customer.cs#L7) |", rows[1]);
        Assert.Equal("| 5 | allowed | `user.contact.email` | `Customer.Email` → `Analytics.Track` (Segment) | analytics, third-party | [Program.cs:31](../Program.cs#L31) | [Models/Customer.cs:7](../Models/Customer.cs#L7) → [Program.cs:30](../Program.cs#L30) |", rows[4]);
    }

    [Fact]
    public void Table_cells_escape_pipes_and_links_follow_the_link_base()
    {
        var flow = new ReportFlow { Category = "user.name", Source = "A|B", Sink = "Log", Recipients = new[] { "logging" }, DiagnosticId = "PRIV003", Location = new CodeLocation("My Dir/A.cs", 4, 1) };
        var promise = new ReportPromise { Category = "user.name", NeverSharedWith = new[] { "advertising" }, Statement = "never | ever" };

        var markdown = MarkdownReportWriter.Write(new PrivacyReport("P", new[] { flow }, new[] { promise }, Array.Empty<ReportDisclosure>()), "../../samples/P");

        Assert.Contains("| never \\| ever |", markdown);
        Assert.Contains("`A\\|B` → `Log`", markdown);
        Assert.Contains("[My Dir/A.cs:4](../../samples/P/My%20Dir/A.cs#L4)", markdown);
    }

    [Fact]
    public void A_project_without_flows_or_policy_says_so()
    {
        var markdown = MarkdownReportWriter.Write(new PrivacyReport("Empty", Array.Empty<ReportFlow>(), Array.Empty<ReportPromise>(), Array.Empty<ReportDisclosure>()), "../");

        Assert.Contains("**0 flows** of personal data (0 categories) to 0 parties · promises: 0 kept, 0 broken · disclosures: 0 used, 0 unused · 0 undisclosed flows.", markdown);
        Assert.Contains("No personal data reaches a sink.", markdown);
        Assert.Contains("The project makes no promise", markdown);
        Assert.Contains("The project makes no disclosure", markdown);
    }
}
