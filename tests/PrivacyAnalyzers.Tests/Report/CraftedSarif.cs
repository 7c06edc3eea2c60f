using System.Text.Json;

namespace PrivacyAnalyzers.Tests.Report;

/// <summary>Builds SARIF error logs as the compiler writes them (2.1 or 1.0), holding chosen PRIV900 results.</summary>
public sealed class CraftedSarif
{
    private readonly List<object> _results = new();
    private Dictionary<string, string>? _last;
    private int _promises;
    private int _disclosures;

    /// <summary>A project folder that is absolute on every OS; nothing is written there.</summary>
    public static readonly string ProjectDirectory = Path.Combine(Path.GetTempPath(), "CraftedShop");

    public static string Uri(string relativeFile) => new System.Uri(Path.Combine(ProjectDirectory, relativeFile)).AbsoluteUri;

    public CraftedSarif Flow(string file, int line, string category, string source, string sink, string recipients, string? party,
        string verdict, string? undisclosed = null, params (string File, int Line)[] path)
    {
        var properties = new Dictionary<string, string>
        {
            ["category"] = category, ["source"] = source, ["sink"] = sink, ["recipients"] = recipients, ["verdict"] = verdict,
        };
        if (party != null) properties["party"] = party;
        if (undisclosed != null) properties["undisclosed"] = undisclosed;
        return Result(file, line, properties, path);
    }

    public CraftedSarif Promise(string file, int line, string category, string never, string statement) =>
        Result(file, line, new() { ["kind"] = "promise", ["id"] = "P" + ++_promises, ["category"] = category, ["never"] = never, ["statement"] = statement });

    public CraftedSarif Disclosure(string file, int line, string category, string recipients, string? party, string? purpose)
    {
        var properties = new Dictionary<string, string> { ["kind"] = "disclosure", ["id"] = "D" + ++_disclosures, ["category"] = category, ["recipients"] = recipients };
        if (party != null) properties["party"] = party;
        if (purpose != null) properties["purpose"] = purpose;
        return Result(file, line, properties);
    }

    /// <summary>What the analyzer decided of the last flow: the promise it breaks, the disclosures that describe it.</summary>
    public CraftedSarif Links(string? breaks, string? coveredBy)
    {
        if (breaks != null) _last!["breaks"] = breaks;
        if (coveredBy != null) _last!["coveredBy"] = coveredBy;
        return this;
    }

    /// <summary>A result of another rule, which the report ignores.</summary>
    public CraftedSarif Other(string ruleId, string file, int line) => Result(file, line, new() { ["category"] = "user.name" }, ruleId: ruleId);

    public CraftedSarif Result(string file, int line, Dictionary<string, string> properties, (string File, int Line)[]? path = null, string ruleId = "PRIV900")
    {
        _last = properties;
        _results.Add(new
        {
            ruleId,
            level = "note",
            message = new { text = "crafted" },
            locations = new[] { Location(file, line, 9) },
            relatedLocations = (path ?? Array.Empty<(string File, int Line)>()).Select(step => Location(step.File, step.Line, 9)).ToArray(),
            properties = new { warningLevel = 1, customProperties = properties },
        });
        return this;
    }

    public string ToSarif21() => JsonSerializer.Serialize(new { version = "2.1.0", runs = new[] { new { results = _results } } });

    /// <summary>The same results in the compiler's SARIF 1.0 shape (resultFile, message as a string, physicalLocation.uri).</summary>
    public string ToSarif10()
    {
        var v1 = JsonSerializer.Serialize(new { version = "1.0.0", runs = new[] { new { results = _results } } });
        var tree = System.Text.Json.Nodes.JsonNode.Parse(v1)!;
        foreach (var result in tree["runs"]![0]!["results"]!.AsArray())
        {
            var primary = result!["locations"]![0]!["physicalLocation"]!;
            result["locations"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["resultFile"] = new System.Text.Json.Nodes.JsonObject { ["uri"] = primary["artifactLocation"]!["uri"]!.GetValue<string>(), ["region"] = primary["region"]!.DeepClone() },
            });
            foreach (var related in result["relatedLocations"]!.AsArray())
            {
                var physical = related!["physicalLocation"]!;
                physical["uri"] = physical["artifactLocation"]!["uri"]!.GetValue<string>();
                physical.AsObject().Remove("artifactLocation");
            }

            result["message"] = "crafted";
        }

        return tree.ToJsonString();
    }

    private static object Location(string file, int line, int column) => new
    {
        physicalLocation = new
        {
            artifactLocation = new { uri = Uri(file) },
            region = new { startLine = line, startColumn = column, endLine = line, endColumn = column + 5 },
        },
    };

    /// <summary>A small shop (the PRIV001 flow points at its promise last, as the analyzer does): a broken phone promise, a kept e-mail promise, two used disclosures and an unused one, one PRIV002 and one PRIV003.</summary>
    public static CraftedSarif Shop() => new CraftedSarif()
        .Promise("Policy.cs", 3, "user.contact.phone_number", "advertising,affiliate", "We never share your phone number with advertisers.")
        .Promise("Policy.cs", 4, "user.contact.email", "advertising", "Your e-mail is never used for ads.")
        .Disclosure("Policy.cs", 6, "user.contact.email", "processor", "SendGrid", "Receipts")
        .Disclosure("Policy.cs", 7, "user.contact", "analytics,third_party", "Segment", "Product analytics")
        .Disclosure("Policy.cs", 8, "user.financial.credit_card", "processor", "Stripe", "Payments")
        .Flow("Program.cs", 31, "user.contact.email", "Customer.Email", "Analytics.Track", "third_party,analytics", "Segment", "none", null, ("Models/Customer.cs", 7), ("Program.cs", 30)).Links(null, "D2")
        .Flow("Program.cs", 20, "user.contact.email", "Customer.Email", "LoggerExtensions.LogInformation", "logging", null, "PRIV003")
        .Flow("Mail.cs", 10, "user.contact.email", "Customer.Email", "IMailer.Send", "processor", "SendGrid", "none", null, ("Models/Customer.cs", 7)).Links(null, "D1")
        .Flow("Ads.cs", 5, "user.contact.phone_number", "Customer.Phone", "IAudience.Upload", "advertising,third_party", "Meta", "PRIV001", null, ("Models/Customer.cs", 9), ("Policy.cs", 3)).Links("P1", null)
        .Flow("Program.cs", 30, "user.contact.address", "Customer.Address", "Analytics.Track", "analytics,third_party", "Acme Metrics", "PRIV002", "third_party,analytics")
        .Other("PRIV002", "Program.cs", 30);
}
