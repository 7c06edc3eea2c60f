using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyAnalyzers.Report.Json;

namespace PrivacyAnalyzers.Report.Sarif
{
    /// <summary>
    /// One PRIV result of the compiler's SARIF 2.1 error log other than the report's own PRIV900: its rule,
    /// level, message, locations as the compiler wrote them (JSON nodes, copied as they are), and properties.
    /// </summary>
    public sealed class LoggedFinding
    {
        public string RuleId { get; private set; } = "";
        public string Level { get; private set; } = "warning";
        public string Message { get; private set; } = "";
        public object? Location { get; private set; }
        public IReadOnlyList<object?> RelatedLocations { get; private set; } = new object?[0];
        public IReadOnlyDictionary<string, string> Properties { get; private set; } = new Dictionary<string, string>();

        /// <summary>Suppressed in source (<c>#pragma</c>, <c>[SuppressMessage]</c>): the compiler logs it with <c>suppressions</c>.</summary>
        public bool Suppressed { get; private set; }

        public object? Suppressions { get; private set; }

        public string? Property(string key) => Properties.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        public string? Fingerprint => Property("fingerprint");

        /// <summary>How many related locations are the path (source, steps); the promise comes after them.</summary>
        public int PathLength =>
            int.TryParse(Property("pathLength"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var length) ? Math.Min(length, RelatedLocations.Count) : 0;

        /// <summary>The promise a PRIV001 breaks, when its location was logged after the path.</summary>
        public object? PromiseLocation => Property("promise") != null && RelatedLocations.Count > PathLength ? RelatedLocations[PathLength] : null;

        /// <summary>The PRIV results of every run of <paramref name="sarifText"/>, in log order, and the rules' metadata by ID.</summary>
        public static IReadOnlyList<LoggedFinding> Read(string sarifText, out IReadOnlyDictionary<string, object?> rules)
        {
            var findings = new List<LoggedFinding>();
            var ruleMap = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var run in JsonValues.Items(JsonValues.Member(JsonReader.Parse(sarifText), "runs")))
            {
                foreach (var rule in JsonValues.Items(JsonValues.Member(run, "tool", "driver", "rules")))
                {
                    if (JsonValues.String(rule, "id") is { } id && IsPrivacyRule(id))
                    {
                        ruleMap[id] = rule;
                    }
                }

                foreach (var result in JsonValues.Items(JsonValues.Member(run, "results")))
                {
                    var ruleId = JsonValues.String(result, "ruleId") ?? "";
                    if (IsPrivacyRule(ruleId) && ruleId != ReportProperties.ReportRuleId && ruleId != ReportProperties.SummaryRuleId)
                    {
                        findings.Add(new LoggedFinding
                        {
                            RuleId = ruleId,
                            Level = JsonValues.String(result, "level") ?? "warning",
                            Message = JsonValues.String(result, "message", "text") ?? "",
                            Location = JsonValues.Items(JsonValues.Member(result, "locations")).FirstOrDefault(),
                            RelatedLocations = JsonValues.Items(JsonValues.Member(result, "relatedLocations")).ToArray(),
                            Properties = JsonValues.Members(JsonValues.Member(result, "properties", "customProperties"))
                                .Where(p => p.Value is string).ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal),
                            Suppressions = JsonValues.Member(result, "suppressions"),
                            Suppressed = JsonValues.Items(JsonValues.Member(result, "suppressions")).Any(),
                        });
                    }
                }
            }

            rules = ruleMap;
            return findings;
        }

        /// <summary>The library summary's lines the analyzer reported (PRIV902), in log order.</summary>
        public static IReadOnlyList<string> ReadSummaryLines(string sarifText) =>
            JsonValues.Items(JsonValues.Member(JsonReader.Parse(sarifText), "runs"))
                .SelectMany(run => JsonValues.Items(JsonValues.Member(run, "results")))
                .Where(result => JsonValues.String(result, "ruleId") == ReportProperties.SummaryRuleId)
                .Select(result => JsonValues.String(result, "message", "text") ?? "")
                .Where(line => line.Length > 0)
                .ToList();

        private static bool IsPrivacyRule(string id) => id.StartsWith("PRIV", StringComparison.Ordinal);
    }
}
