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

    [Fact]
    public void Promises_and_disclosures_are_linked_to_flows_as_the_analyzer_decided_not_decided_again()
    {
        // The report has no rules of its own: a flow names the promise it breaks and the disclosures that describe it.
        var sarif = new CraftedSarif()
            .Promise("Policy.cs", 3, "user.contact", "advertising", "Contact details never go to advertisers.")
            .Disclosure("Policy.cs", 5, "user.contact", "analytics", "Segment", "Analytics")
            .Flow("A.cs", 1, "user.contact.email", "Customer.Email", "Ads.Upload", "advertising,third_party", "Meta", "PRIV001").Links("P1", null)
            .Flow("B.cs", 1, "user.contact.email", "Customer.Email", "Stats.Track", "analytics,third_party", "Segment", "none").Links(null, "D1")
            .Flow("C.cs", 1, "user.contact.email", "Customer.Email", "Stats.Track", "analytics,third_party", "Segment", "PRIV002", "third_party");
        var report = SarifReader.Read(sarif.ToSarif21(), CraftedSarif.ProjectDirectory, "Crafted");

        Assert.Equal(new[] { "A.cs" }, report.Promises.Single().BrokenBy.Select(f => Path.GetFileName(f.Location!.File)));
        Assert.Equal(new[] { "B.cs" }, report.Disclosures.Single().UsedBy.Select(f => Path.GetFileName(f.Location!.File)));
        Assert.Equal(("P1", "D1"), (report.Promises.Single().Id, report.Disclosures.Single().Id));
    }
}
