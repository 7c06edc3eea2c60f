using System.Text.Json.Nodes;
using Json.Schema;
using PrivacyAnalyzers.Tests.Infrastructure;
using PrivacyAnalyzers.Report.Model;
using PrivacyAnalyzers.Report.Sarif;
using PrivacyAnalyzers.Report.Writers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Report;

public class JsonReportWriterTests
{
    private static readonly string Json = JsonReportWriter.Write(SarifReader.Read(CraftedSarif.Shop().ToSarif21(), CraftedSarif.ProjectDirectory, "Shop"));

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "privacy-report.schema.json")));

    internal static EvaluationResults Validate(string json) =>
        Schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void The_report_validates_against_its_schema()
    {
        var results = Validate(Json);

        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
    }

    [Fact]
    public void The_schema_rejects_what_it_should()
    {
        Assert.False(Validate(Json.Replace("\"PRIV003\"", "\"PRIV999\"")).IsValid);
        Assert.False(Validate(Json.Replace("\"status\": \"kept\"", "\"status\": \"maybe\"")).IsValid);
        Assert.False(Validate(Json.Replace("\"schemaVersion\": 1,", "")).IsValid);
    }

    [Fact]
    public void Holds_flows_with_paths_promises_and_disclosures_by_flow_id()
    {
        var root = JsonNode.Parse(Json)!;

        Assert.Equal("Shop", (string?)root["project"]);
        Assert.Equal(5, (int)root["summary"]!["flows"]!);
        Assert.Equal(2, (int)root["summary"]!["undisclosedFlows"]!);
        var fifth = root["flows"]![4]!;
        Assert.Equal("Segment", (string?)fifth["party"]);
        Assert.Null(fifth["diagnosticId"]);
        Assert.Equal("{\"file\":\"Models/Customer.cs\",\"line\":7,\"column\":9}", fifth["path"]![0]!.ToJsonString());
        Assert.Equal("[\"third_party\",\"analytics\"]", fifth["recipients"]!.ToJsonString());
        Assert.Equal("PRIV002", (string?)root["flows"]![3]!["diagnosticId"]);
        Assert.Equal("[1]", root["promises"]![0]!["brokenBy"]!.ToJsonString());
        Assert.Equal("broken", (string?)root["promises"]![0]!["status"]);
        Assert.Equal("unused", (string?)root["disclosures"]![2]!["status"]);
        Assert.Equal("[\"(logging)\",\"Acme Metrics\",\"Meta\",\"Segment\",\"SendGrid\"]",
            new JsonArray(root["parties"]!.AsArray().Select(p => (JsonNode?)JsonValue.Create((string?)p!["name"])).ToArray()).ToJsonString());
        Assert.False((bool)root["parties"]![0]!["named"]!);
    }

    [Fact]
    public void Writes_valid_json_for_awkward_text()
    {
        var flow = new ReportFlow { Category = "user.name", Source = "Quote\"Back\\slash\nTab\t\u0001", Sink = "S", Recipients = new[] { "logging" } };

        var json = JsonReportWriter.Write(new PrivacyReport("P", new[] { flow }, Array.Empty<ReportPromise>(), Array.Empty<ReportDisclosure>()));

        Assert.Equal(flow.Source, (string?)JsonNode.Parse(json)!["flows"]![0]!["source"]);
        Assert.True(Validate(json).IsValid);
    }
}
