using PrivacyAnalyzers.Report.Model;
using PrivacyAnalyzers.Report.Sarif;
using Xunit;

namespace PrivacyAnalyzers.Tests.Report;

public class SarifReaderTests
{
    private static PrivacyReport Read(string sarif) => SarifReader.Read(sarif, CraftedSarif.ProjectDirectory, "Shop");

    private static string Describe(ReportFlow f) =>
        $"#{f.Id} {f.Location} {f.Category} {f.Source} -> {f.Sink} [{string.Join(",", f.Recipients)}] {f.Party ?? "-"} {f.DiagnosticId ?? "allowed"} [{string.Join(",", f.Undisclosed)}] path: {string.Join(" ", f.Path)}";

    [Fact]
    public void Reads_every_PRIV900_flow_in_code_order_and_ignores_other_rules()
    {
        var report = Read(CraftedSarif.Shop().ToSarif21());

        Assert.Equal(new[]
        {
            "#1 Ads.cs:5 user.contact.phone_number Customer.Phone -> IAudience.Upload [third_party,advertising] Meta PRIV001 [] path: Models/Customer.cs:9",
            "#2 Mail.cs:10 user.contact.email Customer.Email -> IMailer.Send [processor] SendGrid allowed [] path: Models/Customer.cs:7",
            "#3 Program.cs:20 user.contact.email Customer.Email -> LoggerExtensions.LogInformation [logging] - PRIV003 [] path: ",
            "#4 Program.cs:30 user.contact.address Customer.Address -> Analytics.Track [third_party,analytics] Acme Metrics PRIV002 [third_party,analytics] path: ",
            "#5 Program.cs:31 user.contact.email Customer.Email -> Analytics.Track [third_party,analytics] Segment allowed [] path: Models/Customer.cs:7 Program.cs:30",
        }, report.Flows.Select(Describe));
    }

    [Fact]
    public void The_promise_a_flow_points_at_is_no_step_of_its_path()
    {
        var flow = Read(CraftedSarif.Shop().ToSarif21()).Flows[0];

        Assert.Equal("PRIV001", flow.DiagnosticId);
        Assert.Equal(new[] { "Models/Customer.cs:9" }, flow.Path.Select(step => step.ToString()));
    }

    [Fact]
    public void Reads_promises_and_disclosures_at_their_attributes()
    {
        var report = Read(CraftedSarif.Shop().ToSarif21());

        Assert.Equal(new[] { "Policy.cs:3 user.contact.phone_number [affiliate,advertising] We never share your phone number with advertisers.", "Policy.cs:4 user.contact.email [advertising] Your e-mail is never used for ads." },
            report.Promises.Select(p => $"{p.Location} {p.Category} [{string.Join(",", p.NeverSharedWith)}] {p.Statement}"));
        Assert.Equal(new[] { "Policy.cs:6 user.contact.email [processor] SendGrid Receipts", "Policy.cs:7 user.contact [third_party,analytics] Segment Product analytics", "Policy.cs:8 user.financial.credit_card [processor] Stripe Payments" },
            report.Disclosures.Select(d => $"{d.Location} {d.Category} [{string.Join(",", d.Recipients)}] {d.Party} {d.Purpose}"));
    }

    [Fact]
    public void Reads_the_compilers_SARIF_1_0_the_same_as_2_1()
    {
        var crafted = CraftedSarif.Shop();

        var v1 = Read(crafted.ToSarif10());
        var v2 = Read(crafted.ToSarif21());

        Assert.Equal(v2.Flows.Select(Describe), v1.Flows.Select(Describe));
        Assert.Equal(v2.Promises.Select(p => p.Location!.ToString()), v1.Promises.Select(p => p.Location!.ToString()));
        Assert.Equal(5, v1.Flows.Count);
    }

    [Fact]
    public void A_rules_file_item_without_a_source_location_is_placed_by_its_file_and_line_properties()
    {
        var sarif = new CraftedSarif().Result("unused.cs", 1, new()
        {
            ["kind"] = "promise", ["category"] = "user.contact", ["never"] = "advertising", ["statement"] = "No ads.",
            ["file"] = Path.Combine(CraftedSarif.ProjectDirectory, "PrivacyRules.txt"), ["line"] = "4",
        }).ToSarif21().Replace("\"locations\":[{", "\"locations\":[],\"unused\":[{");

        var promise = Assert.Single(Read(sarif).Promises);

        Assert.Equal("PrivacyRules.txt", promise.Location!.File);
        Assert.Equal(4, promise.Location.Line);
    }

    [Fact]
    public void A_location_outside_the_project_folder_is_relative_to_it()
    {
        var outside = new System.Uri(Path.Combine(Path.GetTempPath(), "Shared", "Log.cs")).AbsoluteUri;
        var sarif = new CraftedSarif().Flow("X.cs", 2, "user.name", "A.Name", "Log.Write", "logging", null, "PRIV003").ToSarif21()
            .Replace(CraftedSarif.Uri("X.cs"), outside);

        Assert.Equal("../Shared/Log.cs", Read(sarif).Flows[0].Location!.File);
    }

    [Fact]
    public void A_file_name_with_spaces_stays_readable()
    {
        var sarif = new CraftedSarif().Flow("My Models/A b.cs", 2, "user.name", "A.Name", "Log.Write", "logging", null, "PRIV003").ToSarif21();

        Assert.Equal("My Models/A b.cs", Read(sarif).Flows[0].Location!.File);
    }

    [Fact]
    public void An_empty_log_gives_an_empty_report_and_a_broken_one_a_format_error()
    {
        Assert.Empty(Read("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}").Flows);
        Assert.Throws<FormatException>(() => Read("{\"runs\":[{\"results\":[}]}"));
    }
}
