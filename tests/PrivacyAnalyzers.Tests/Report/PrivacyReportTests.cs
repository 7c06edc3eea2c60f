using PrivacyAnalyzers.Report.Model;
using PrivacyAnalyzers.Report.Sarif;
using Xunit;

namespace PrivacyAnalyzers.Tests.Report;

public class PrivacyReportTests
{
    private static readonly PrivacyReport Shop = SarifReader.Read(CraftedSarif.Shop().ToSarif21(), CraftedSarif.ProjectDirectory, "Shop");

    [Fact]
    public void A_promise_is_broken_by_the_flows_it_rules_out_and_kept_otherwise()
    {
        Assert.Equal(new[] { 1 }, Shop.Promises[0].BrokenBy.Select(f => f.Id));
        Assert.False(Shop.Promises[0].Kept);
        Assert.Empty(Shop.Promises[1].BrokenBy);
        Assert.True(Shop.Promises[1].Kept);
    }

    [Fact]
    public void A_disclosure_is_used_by_flows_of_its_category_recipients_and_party()
    {
        Assert.Equal(new[] { 2 }, Shop.Disclosures[0].UsedBy.Select(f => f.Id));
        Assert.Equal(new[] { 5 }, Shop.Disclosures[1].UsedBy.Select(f => f.Id));
        Assert.False(Shop.Disclosures[2].Used);
    }

    [Fact]
    public void Undisclosed_flows_are_the_PRIV002_and_PRIV003_ones()
    {
        Assert.Equal(new[] { 3, 4 }, Shop.UndisclosedFlows.Select(f => f.Id));
    }

    [Fact]
    public void Categories_parties_and_recipient_columns_list_what_flows_reach()
    {
        Assert.Equal(new[] { "user.contact.address", "user.contact.email", "user.contact.phone_number" }, Shop.Categories);
        Assert.Equal(new[] { "(logging)", "Acme Metrics", "Meta", "Segment", "SendGrid" }, Shop.Parties);
        Assert.Equal(new[] { "processor", "third_party", "advertising", "analytics", "logging" }, Shop.Recipients);
        Assert.Equal(new[] { 4 }, Shop.Cell("user.contact.address", "analytics").Select(f => f.Id));
    }

    [Theory]
    [InlineData("user.contact", "user.contact.phone_number", "advertising", true)]
    [InlineData("user.contact", "user.contact_preferences", "advertising", false)]
    [InlineData("user.contact.email", "user.contact.phone_number", "advertising", false)]
    [InlineData("user.contact", "user.contact.phone_number", "processor", false)]
    public void Promises_follow_the_category_hierarchy_by_whole_segments(string promised, string flowing, string recipient, bool broken)
    {
        var flow = new ReportFlow { Category = flowing, Recipients = new[] { recipient } };
        var promise = new ReportPromise { Category = promised, NeverSharedWith = new[] { "advertising", "affiliate" } };

        Assert.Equal(broken, PrivacyReport.Breaks(flow, promise));
    }

    [Theory]
    [InlineData(null, "Segment", true)]
    [InlineData("segment", "Segment", true)]
    [InlineData("Mixpanel", "Segment", false)]
    [InlineData("Segment", null, false)]
    public void A_disclosure_naming_a_party_covers_only_that_party(string? disclosed, string? party, bool used)
    {
        var flow = new ReportFlow { Category = "user.contact.email", Recipients = new[] { "analytics" }, Party = party };
        var disclosure = new ReportDisclosure { Category = "user.contact", Recipients = new[] { "analytics" }, Party = disclosed };

        Assert.Equal(used, PrivacyReport.Uses(flow, disclosure));
    }
}
