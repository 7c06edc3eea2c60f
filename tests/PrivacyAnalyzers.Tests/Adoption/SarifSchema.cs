using System.Text.Json;
using Json.Schema;
using Xunit;

namespace PrivacyAnalyzers.Tests.Adoption;

/// <summary>
/// The OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json, as published, errata 01). It declares draft-04, which
/// the validator does not implement; the keywords it uses mean the same in draft-07, so it is read as that.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Adoption", "sarif-schema-2.1.0.json"))
            .Replace("\"http://json-schema.org/draft-04/schema#\"", "\"http://json-schema.org/draft-07/schema#\"");
        return JsonSchema.FromText(text);
    });

    public static void AssertValid(string sarif)
    {
        var result = Schema.Value.Evaluate(JsonDocument.Parse(sarif).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value));
        Assert.True(result.IsValid, "SARIF is not valid against the 2.1.0 schema:\n" + string.Join("\n", errors));
    }
}
