using System.Text.Json.Nodes;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// One policy for a whole solution: a rules file at the solution root applies to every project with no edit
/// to any project file, a line naming a symbol of one project is silent in the others, and a report build of
/// the solution also writes one report for it.
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)]
public sealed class SolutionPolicyBuildTests
{
    private const string SharedRules = """
        # The company's policy, for every project of the solution.
        source:     P:Billing.Invoice.CardNumber ; user.financial.credit_card
        promise:    user.contact.phone_number ; never: advertising ; Phone numbers never go to advertisers.
        disclosure: user.contact.email ; analytics, third_party ; Metrics ; Product analytics
        disclosure: user.name ; logging
        sink:       M:Billing.Payments.Refnd ; processor ; Stripe
        """;

    private readonly PackedPackage _package;

    public SolutionPolicyBuildTests(PackedPackage package) => _package = package;

    [Fact]
    public void A_rules_file_at_the_solution_root_applies_to_every_project_and_the_solution_gets_one_report()
    {
        var api = ScratchProject.Create(_package, "Api", folder: Path.Combine("AdoptSolution", "Api")).Write("Checkout.cs", """
            using PrivacyAnalyzers;

            namespace Api;

            public sealed class Account
            {
                [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; init; } = "";
                [PersonalData(DataCategory.Email)] public string Email { get; init; } = "";
            }

            [DataSink(Recipient.Advertising, Party = "AdCo")] public interface IAds { void Upload(string id); }
            [DataSink(Recipient.Analytics, Party = "Metrics")] public interface IMetrics { void Track(string value); }

            public static class Checkout
            {
                public static void Run(Account account, IAds ads, IMetrics metrics)
                {
                    metrics.Track(account.Email);
                    ads.Upload(account.Phone);
                }
            }
            """);
        ScratchProject.Create(_package, "Billing", folder: Path.Combine("AdoptSolution", "Billing")).Write("Invoice.cs", """
            using PrivacyAnalyzers;

            namespace Billing;

            public sealed class Invoice { public string CardNumber { get; init; } = ""; }

            [DataSink(Recipient.Processor, Party = "Stripe")] public interface IPayments { void Charge(string card); }

            public static class Payments
            {
                public static void Pay(Invoice invoice, IPayments payments) => payments.Charge(invoice.CardNumber);
            }
            """);
        var root = Path.GetDirectoryName(api.Directory)!;
        File.WriteAllText(Path.Combine(root, "NuGet.config"), ScratchProject.NuGetConfig(_package));
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(root, "PrivacyRules.txt"), SharedRules);
        File.WriteAllText(Path.Combine(root, "AdoptSolution.slnx"), """
            <Solution>
              <Project Path="Api/Api.csproj" />
              <Project Path="Billing/Billing.csproj" />
            </Solution>
            """);

        var build = DotNetCli.Run(root, "build", "AdoptSolution.slnx", "-p:PrivacyReport=true", "-nodeReuse:false", "-tl:off", "-clp:NoSummary");

        // The shared promise holds in Api; Billing's card number line is silent there, and applies in Billing.
        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("Checkout.cs(19,20): error PRIV001: user.contact.phone_number from 'Account.Phone' reaches advertising sink 'IAds.Upload' (AdCo), breaking the promise \"Phone numbers never go to advertisers.\"", build.Output);
        // A typo no project resolves is the one PRIV010, once every project has filed its report.
        // (A failed solution build repeats its warnings in a summary.)
        var priv010 = build.Output.Split('\n').Where(l => l.Contains("PRIV010")).Select(l => l.Trim()).Distinct().ToList();
        Assert.Equal(
            [Path.Combine(root, "PrivacyRules.txt") + "(6,1): warning PRIV010: 'M:Billing.Payments.Refnd' names no symbol of the compilation or its references, in any project of the solution"],
            priv010.Select(l => l.Split(" [")[0]));
        Assert.DoesNotContain("PRIV002", build.Output);

        var markdownPath = Path.Combine(root, "obj", "AdoptSolution.privacy-report.md");
        Assert.Contains("PrivacyAnalyzers: solution privacy report written to " + markdownPath, build.Output);
        var markdown = File.ReadAllText(markdownPath);
        const string Summary = "**3 flows** of personal data (3 categories) to 3 parties · promises: 0 kept, 1 broken · disclosures: 1 used, 1 unused · 0 undisclosed flows.";
        Assert.True(markdown.Contains(Summary, StringComparison.Ordinal), markdown);
        Assert.Contains("[Api/Checkout.cs:19](../Api/Checkout.cs#L19)", markdown);
        Assert.Contains("[Billing/Invoice.cs:11](../Billing/Invoice.cs#L11)", markdown);

        var json = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(markdownPath, ".json")))!;
        Assert.True(Report.JsonReportWriterTests.Validate(json.ToJsonString()).IsValid);
        Assert.Equal(["PrivacyRules.txt"], json["sharedRules"]!["files"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(["PrivacyRules.txt:6"], json["sharedRules"]!["unresolved"]!.AsArray().Select(u => $"{u!["location"]!["file"]}:{u["location"]!["line"]}"));
        Assert.Equal(["PrivacyRules.txt:3"], json["promises"]!.AsArray().Select(p => $"{p!["location"]!["file"]}:{p["location"]!["line"]}"));
        Assert.Equal(["used", "unused"], json["disclosures"]!.AsArray().Select(d => (string)d!["status"]!));
        Assert.Equal(["user.financial.credit_card", "user.contact.email", "user.contact.phone_number"],
            json["flows"]!.AsArray().Select(f => (string)f!["category"]!).OrderBy(c => c.Contains("financial") ? 0 : 1).ThenBy(c => c, StringComparer.Ordinal));
    }
}
