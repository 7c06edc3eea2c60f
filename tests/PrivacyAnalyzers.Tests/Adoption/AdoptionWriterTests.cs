using System.Text.Json.Nodes;
using PrivacyAnalyzers.Report.Adoption;
using PrivacyAnalyzers.Report.Sarif;
using PrivacyAnalyzers.Tests.Report;
using Xunit;

namespace PrivacyAnalyzers.Tests.Adoption;

/// <summary>The baseline and SARIF writers over a compiler error log shaped as the compiler writes it.</summary>
public sealed class AdoptionWriterTests
{
    private const string Broken = "PRIV001;user.contact.phone_number;P:Shop.Account.Phone;M:Shop.IAds.Upload(System.String);M:Shop.Checkout.Run(Shop.Account)";
    private const string Shared = "PRIV002;user.contact.email;P:Shop.Account.Email;M:Shop.IMetrics.Track(System.String);M:Shop.Checkout.Run(Shop.Account)";
    private const string Logged = "PRIV003;user.contact.email;P:Shop.Account.Email;M:Shop.Log.Write(System.String);M:Shop.Checkout.Run(Shop.Account)";

    private static JsonObject Location(int line, int column) => new()
    {
        ["physicalLocation"] = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = CraftedSarif.Uri("Checkout.cs") },
            ["region"] = new JsonObject { ["startLine"] = line, ["startColumn"] = column, ["endLine"] = line, ["endColumn"] = column + 5 },
        },
    };

    private static JsonObject Result(string fingerprint, string level, JsonObject location, JsonObject[] related, Dictionary<string, string> extra)
    {
        var fields = fingerprint.Split(';');
        var properties = new JsonObject
        {
            ["category"] = fields[1], ["source"] = "Account." + fields[2].Split('.').Last(), ["sink"] = fields[3].Split('(')[0].Split('.')[^2] + "." + fields[3].Split('(')[0].Split('.')[^1],
            ["fingerprint"] = fingerprint, ["containing"] = "Checkout.Run", ["pathLength"] = "2",
        };
        foreach (var pair in extra)
        {
            properties[pair.Key] = pair.Value;
        }

        return new JsonObject
        {
            ["ruleId"] = fields[0], ["ruleIndex"] = 0, ["level"] = level, ["message"] = new JsonObject { ["text"] = fields[0] + " message" },
            ["locations"] = new JsonArray(location), ["relatedLocations"] = new JsonArray(related.Select(r => (JsonNode)r).ToArray()),
            ["properties"] = new JsonObject { ["warningLevel"] = 1, ["customProperties"] = properties },
        };
    }

    private static string CompilerLog()
    {
        var broken = Result(Broken, "error", Location(24, 24), [Location(24, 13), Location(23, 13), Location(3, 12)],
            new() { ["promise"] = "Phone numbers never go to advertisers.", ["baseline"] = "refused", ["party"] = "AdCo" });
        var shared = Result(Shared, "warning", Location(22, 27), [Location(21, 24), Location(21, 17)], new());
        var logged = Result(Logged, "warning", Location(25, 23), [Location(25, 13)], new() { ["pathLength"] = "1" });
        logged["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "inSource" });
        var report = Result(Shared, "note", Location(22, 27), [], new());
        report["ruleId"] = "PRIV900";
        var rules = new JsonArray(
            new JsonObject
            {
                ["id"] = "PRIV001", ["shortDescription"] = new JsonObject { ["text"] = "Personal data breaks a privacy promise" },
                ["fullDescription"] = new JsonObject { ["text"] = "Personal data reaches a sink whose recipients a privacy promise covering its category rules out." },
                ["helpUri"] = "https://github.com/privacyanalyzers/privacyanalyzers/blob/main/docs/rules/PRIV001.md",
                ["properties"] = new JsonObject { ["category"] = "Privacy" },
            },
            new JsonObject { ["id"] = "CS0168", ["shortDescription"] = new JsonObject { ["text"] = "not ours" } });
        return new JsonObject
        {
            ["$schema"] = "http://json.schemastore.org/sarif-2.1.0", ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["results"] = new JsonArray(broken, shared, logged, report),
                ["tool"] = new JsonObject { ["driver"] = new JsonObject { ["name"] = "Microsoft (R) Visual C# Compiler", ["rules"] = rules } },
            }),
        }.ToJsonString();
    }

    [Fact]
    public void The_baseline_holds_sorted_findings_with_comments_and_leaves_out_suppressed_and_refused_ones()
    {
        var text = BaselineWriter.Write(LoggedFinding.Read(CompilerLog(), out _));
        Assert.Equal(
            BaselineWriter.Header
            + "PRIV002 ; user.contact.email ; P:Shop.Account.Email ; M:Shop.IMetrics.Track(System.String) ; M:Shop.Checkout.Run(Shop.Account)"
            + "  # user.contact.email from Account.Email reaches IMetrics.Track in Checkout.Run\n",
            text);
        Assert.Equal(1, BaselineWriter.CountEntries(text));
    }

    [Fact]
    public void The_SARIF_log_has_one_result_per_finding_with_its_path_promise_fingerprint_and_rule_and_is_valid()
    {
        var findings = LoggedFinding.Read(CompilerLog(), out var rules);
        var sarif = PrivacySarifWriter.Write(findings, rules, "Shop");
        SarifSchema.AssertValid(sarif);

        var run = JsonNode.Parse(sarif)!["runs"]![0]!;
        Assert.Equal("PrivacyAnalyzers/Shop/", (string)run["automationDetails"]!["id"]!);
        Assert.Equal(["PRIV001", "PRIV002", "PRIV003"], run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => (string)r!["id"]!));
        var rule = run["tool"]!["driver"]!["rules"]![0]!;
        Assert.Equal("PersonalDataBreaksAPrivacyPromise", (string)rule["name"]!);
        Assert.Equal("https://github.com/privacyanalyzers/privacyanalyzers/blob/main/docs/rules/PRIV001.md", (string)rule["helpUri"]!);
        Assert.StartsWith("Personal data reaches a sink whose recipients", (string)rule["fullDescription"]!["text"]!);

        var results = run["results"]!.AsArray();
        Assert.Equal(["PRIV001", "PRIV002", "PRIV003"], results.Select(r => (string)r!["ruleId"]!));
        var broken = results[0]!;
        Assert.Equal("error", (string)broken["level"]!);
        Assert.Equal(Broken, (string)broken["partialFingerprints"]!["privacyFinding/v1"]!);
        var promise = Assert.Single(broken["relatedLocations"]!.AsArray())!;
        Assert.Equal(3, (int)promise["physicalLocation"]!["region"]!["startLine"]!);
        Assert.Equal("The promise: Phone numbers never go to advertisers.", (string)promise["message"]!["text"]!);

        var steps = broken["codeFlows"]![0]!["threadFlows"]![0]!["locations"]!.AsArray();
        Assert.Equal([24, 23, 24], steps.Select(s => (int)s!["location"]!["physicalLocation"]!["region"]!["startLine"]!));
        Assert.Equal(
            ["user.contact.phone_number is read from Account.Phone", "It flows on here", "It is handed to IAds.Upload (AdCo)"],
            steps.Select(s => (string)s!["location"]!["message"]!["text"]!));

        Assert.Null(results[1]!["relatedLocations"]);
        Assert.Equal("inSource", (string)results[2]!["suppressions"]![0]!["kind"]!);
    }

    [Fact]
    public void The_schema_check_rejects_what_SARIF_does_not_allow()
    {
        var sarif = PrivacySarifWriter.Write(LoggedFinding.Read(CompilerLog(), out var rules), rules, "Shop");
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SarifSchema.AssertValid(sarif.Replace("\"level\": \"error\"", "\"level\": \"fatal\"")));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SarifSchema.AssertValid(sarif.Replace("\"threadFlows\"", "\"threadflows\"")));
    }

    [Fact]
    public void A_finding_accepted_by_the_baseline_is_marked_as_externally_suppressed()
    {
        var log = CompilerLog().Replace("\"containing\":\"Checkout.Run\",\"pathLength\":\"2\"}", "\"containing\":\"Checkout.Run\",\"pathLength\":\"2\",\"baselined\":\"true\"}");
        var results = JsonNode.Parse(PrivacySarifWriter.Write(LoggedFinding.Read(log, out var rules), rules, "Shop"))!["runs"]![0]!["results"]!.AsArray();
        Assert.Equal("external", (string)results[1]!["suppressions"]![0]!["kind"]!);
    }
}

/// <summary>The privacy report lists the flows the baseline accepts in a section of their own.</summary>
public sealed class BaselinedReportTests
{
    [Fact]
    public void Baselined_flows_are_listed_apart_and_counted()
    {
        var sarif = new CraftedSarif()
            .Result("Checkout.cs", 21, new()
            {
                ["category"] = "user.contact.email", ["source"] = "Account.Email", ["sink"] = "IMetrics.Track", ["recipients"] = "third_party,analytics",
                ["party"] = "Metrics", ["verdict"] = "PRIV002", ["undisclosed"] = "third_party,analytics", ["baselined"] = "true",
            })
            .Flow("Checkout.cs", 30, "user.contact.email", "Account.Email", "IAudit.Write", "logging", null, "PRIV003")
            .ToSarif21();
        var report = SarifReader.Read(sarif, CraftedSarif.ProjectDirectory, "Shop");

        var markdown = PrivacyAnalyzers.Report.Writers.MarkdownReportWriter.Write(report, "../");
        Assert.Contains("· 2 undisclosed flows · 1 baselined.", markdown);
        Assert.Contains("""
            ## Baselined flows

            | Flow | Rule | Category | Source → sink |
            |---|---|---|---|
            | #1 [Checkout.cs:21](../Checkout.cs#L21) | PRIV002 | `user.contact.email` | `Account.Email` → `IMetrics.Track` (Metrics) |

            """, markdown);

        var json = PrivacyAnalyzers.Report.Writers.JsonReportWriter.Write(report);
        Assert.True(Report.JsonReportWriterTests.Validate(json).IsValid);
        var root = JsonNode.Parse(json)!;
        Assert.Equal(1, (int)root["summary"]!["baselinedFlows"]!);
        Assert.Equal([true, false], root["flows"]!.AsArray().Select(f => (bool)f!["baselined"]!));
    }
}

/// <summary>The first-build hint: one line when nothing is marked and PRIV100 has candidates.</summary>
public sealed class PrivacyHintTests
{
    private static readonly Dictionary<string, string> Unmarked = new() { ["category"] = "user.contact.email", ["nothingMarked"] = "true" };

    [Fact]
    public void Counts_the_candidates_of_a_project_that_marks_nothing_and_gives_the_command()
    {
        var log = new CraftedSarif()
            .Result("Customer.cs", 3, Unmarked, ruleId: "PRIV100")
            .Result("Customer.cs", 4, Unmarked, ruleId: "PRIV100")
            .Result("Customer.cs", 4, Unmarked, ruleId: "PRIV100")
            .Other("PRIV010", "Customer.cs", 9)
            .ToSarif21();

        Assert.Equal(
            "PrivacyAnalyzers: Shop marks no personal data yet, and 2 members look personal (PRIV100). To mark them: dotnet format analyzers --diagnostics PRIV100 --severity info",
            PrivacyHint.For(LoggedFinding.Read(log, out _), "Shop"));
    }

    [Fact]
    public void Says_nothing_once_something_is_marked_or_without_candidates()
    {
        var marked = new CraftedSarif().Result("Customer.cs", 3, new() { ["category"] = "user.contact.email" }, ruleId: "PRIV100").ToSarif21();
        Assert.Null(PrivacyHint.For(LoggedFinding.Read(marked, out _), "Shop"));
        Assert.Null(PrivacyHint.For(LoggedFinding.Read(new CraftedSarif().ToSarif21(), out _), "Shop"));
    }
}

/// <summary>Which projects a solution file lists, for the solution report.</summary>
public sealed class SolutionProjectsTests
{
    [Fact]
    public void Reads_the_projects_of_sln_and_slnx_files_and_skips_folders()
    {
        var sln = """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Api", "src\Api\Api.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "src", "src", "{22222222-2222-2222-2222-222222222222}"
            EndProject
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Billing.Core", "src\Billing\Billing.Core.csproj", "{33333333-3333-3333-3333-333333333333}"
            EndProject
            """;
        Assert.Equal(["Api", "Billing.Core"], PrivacyAnalyzers.Report.Solution.SolutionProjects.Read(sln, slnx: false).Order());

        var slnx = """<Solution><Folder Name="/src/"><Project Path="src/Api/Api.csproj" /></Folder><Project Path="tools/Gen.fsproj" Type="F#" /></Solution>""";
        Assert.Equal(["Api", "Gen"], PrivacyAnalyzers.Report.Solution.SolutionProjects.Read(slnx, slnx: true).Order());
    }
}
