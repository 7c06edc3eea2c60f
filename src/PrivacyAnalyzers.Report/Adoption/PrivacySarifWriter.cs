using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Report.Json;
using PrivacyAnalyzers.Report.Sarif;

namespace PrivacyAnalyzers.Report.Adoption
{
    /// <summary>
    /// Writes obj/privacy.sarif (SARIF 2.1.0) for code-scanning services: one result per privacy finding of the
    /// compiler's log with its rule, message and level; the path as a code flow (source, each step, sink) so a
    /// viewer walks it step by step; the broken promise as a related location; the baseline fingerprint as
    /// <c>partialFingerprints</c>, so that a finding keeps its identity across edits; and each rule's metadata.
    /// </summary>
    public static class PrivacySarifWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        /// <summary>The key of the baseline fingerprint in <c>partialFingerprints</c>.</summary>
        public const string FingerprintKey = "privacyFinding/v1";

        public const string InformationUri = "https://github.com/privacyanalyzers/privacyanalyzers";

        /// <param name="project">Names the run (<c>automationDetails.id</c>), so that code scanning keeps the runs of several projects apart.</param>
        public static string Write(IReadOnlyList<LoggedFinding> findings, IReadOnlyDictionary<string, object?> rules, string project)
        {
            // One result per finding: a multi-targeted or re-run compile may log one twice.
            var distinct = findings.GroupBy(Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
            var ruleIds = distinct.Select(f => f.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
            return JsonText.Write(new JsonObject
            {
                { "$schema", SchemaUri },
                { "version", "2.1.0" },
                { "runs", new[]
                    {
                        new JsonObject
                        {
                            { "tool", new JsonObject { { "driver", Driver(ruleIds, rules) } } },
                            { "automationDetails", new JsonObject { { "id", "PrivacyAnalyzers/" + project + "/" } } },
                            { "results", distinct.Select(f => Result(f, ruleIds.IndexOf(f.RuleId))).ToList() },
                            { "columnKind", "utf16CodeUnits" },
                        },
                    }
                },
            });
        }

        private static JsonObject Driver(IEnumerable<string> ruleIds, IReadOnlyDictionary<string, object?> rules) => new JsonObject
        {
            { "name", "PrivacyAnalyzers" },
            { "informationUri", InformationUri },
            { "rules", ruleIds.Select(id => Rule(id, rules.TryGetValue(id, out var rule) ? rule : null)).ToList() },
        };

        private static JsonObject Rule(string id, object? logged)
        {
            var title = JsonValues.String(logged, "shortDescription", "text") ?? id;
            var rule = new JsonObject
            {
                { "id", id },
                { "name", PascalCase(title) },
                { "shortDescription", Text(title) },
                { "fullDescription", Text(JsonValues.String(logged, "fullDescription", "text") ?? title) },
            };
            if (JsonValues.String(logged, "helpUri") is { } help)
            {
                rule.Add("helpUri", help);
                rule.Add("help", Text("See " + help));
            }

            if (JsonValues.Member(logged, "defaultConfiguration") is { } configuration)
            {
                rule.Add("defaultConfiguration", configuration);
            }

            rule.Add("properties", new JsonObject { { "category", JsonValues.String(logged, "properties", "category") ?? "Privacy" }, { "tags", new[] { "privacy" } } });
            return rule;
        }

        private static JsonObject Result(LoggedFinding finding, int ruleIndex)
        {
            var result = new JsonObject
            {
                { "ruleId", finding.RuleId },
                { "ruleIndex", ruleIndex },
                { "level", finding.Level },
                { "message", Text(finding.Message) },
            };
            if (finding.Location != null)
            {
                result.Add("locations", new[] { finding.Location });
            }

            if (finding.PromiseLocation is { } promise)
            {
                result.Add("relatedLocations", new[] { WithMessage(promise, "The promise: " + finding.Property("promise"), 1) });
            }

            if (finding.Location != null && finding.PathLength > 0)
            {
                result.Add("codeFlows", new[] { CodeFlow(finding) });
            }

            if (finding.Fingerprint is { } fingerprint)
            {
                result.Add("partialFingerprints", new JsonObject { { FingerprintKey, fingerprint } });
            }

            if (finding.Suppressions != null)
            {
                result.Add("suppressions", finding.Suppressions);
            }
            else if (finding.Property("baselined") == "true")
            {
                result.Add("suppressions", new[] { new JsonObject { { "kind", "external" }, { "justification", "Accepted in PrivacyBaseline.txt" } } });
            }

            return result;
        }

        /// <summary>Source, each step, then the sink expression, each with what happens there.</summary>
        private static JsonObject CodeFlow(LoggedFinding finding)
        {
            var steps = new List<object>
            {
                new JsonObject { { "location", WithMessage(finding.RelatedLocations[0], $"{finding.Property("category")} is read from {finding.Property("source")}", null) } },
            };
            for (var i = 1; i < finding.PathLength; i++)
            {
                steps.Add(new JsonObject { { "location", WithMessage(finding.RelatedLocations[i], "It flows on here", null) } });
            }

            var party = finding.Property("party") is { } named ? " (" + named + ")" : "";
            steps.Add(new JsonObject { { "location", WithMessage(finding.Location, $"It is handed to {finding.Property("sink")}{party}", null) } });
            return new JsonObject
            {
                { "message", Text($"{finding.Property("category")} from {finding.Property("source")} to {finding.Property("sink")}") },
                { "threadFlows", new[] { new JsonObject { { "locations", steps } } } },
            };
        }

        /// <summary>A copy of a logged location with a message (and an id, for related locations).</summary>
        private static JsonObject WithMessage(object? location, string message, int? id)
        {
            var copy = new JsonObject();
            if (id != null)
            {
                copy.Add("id", id.Value);
            }

            foreach (var member in JsonValues.Members(location))
            {
                if (member.Key is not ("message" or "id"))
                {
                    copy.Add(member.Key, member.Value);
                }
            }

            copy.Add("message", Text(message));
            return copy;
        }

        private static JsonObject Text(string text) => new JsonObject { { "text", text } };

        private static string Key(LoggedFinding finding) =>
            finding.RuleId + "|" + JsonText.Write(finding.Location) + "|" + finding.Message;

        /// <summary>"Personal data breaks a privacy promise" → "PersonalDataBreaksAPrivacyPromise", the form SARIF gives rule names.</summary>
        private static string PascalCase(string title) =>
            string.Concat(title.Split(new[] { ' ', '-', '[', ']', '(', ')', ',', '.', '/' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));
    }
}
