using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyAnalyzers.Report.Json;
using PrivacyAnalyzers.Report.Model;

namespace PrivacyAnalyzers.Report.Sarif
{
    /// <summary>
    /// Turns the PRIV900 results of a compiler error log (SARIF 2.1, or the compiler's default 1.0 when a
    /// user-set <c>ErrorLog</c> names no version) into report items. Every other result is ignored.
    /// </summary>
    public static class SarifReader
    {
        public static PrivacyReport Read(string sarifText, string projectDirectory, string projectName)
        {
            var flows = new List<ReportFlow>();
            var promises = new List<ReportPromise>();
            var disclosures = new List<ReportDisclosure>();
            var sharedFiles = new List<string>();
            var unresolved = new List<ReportUnresolvedLine>();
            var paths = new ProjectPaths(projectDirectory);
            foreach (var run in JsonValues.Items(JsonValues.Member(JsonReader.Parse(sarifText), "runs")))
            {
                foreach (var result in JsonValues.Items(JsonValues.Member(run, "results")))
                {
                    if (JsonValues.String(result, "ruleId") != ReportProperties.ReportRuleId)
                    {
                        continue;
                    }

                    var properties = CustomProperties(result);
                    var primary = JsonValues.Items(JsonValues.Member(result, "locations")).Select(paths.Read).FirstOrDefault(l => l != null);
                    var location = primary ?? FromProperties(properties, paths);
                    switch (Get(properties, ReportProperties.Kind) ?? ReportProperties.KindFlow)
                    {
                        case ReportProperties.KindSharedFile:
                            if (location != null)
                            {
                                sharedFiles.Add(location.File);
                            }

                            break;
                        case ReportProperties.KindUnresolved:
                            unresolved.Add(new ReportUnresolvedLine { Location = location, Message = JsonValues.String(result, "message", "text") ?? "" });
                            break;
                        case ReportProperties.KindPromise:
                            promises.Add(new ReportPromise
                            {
                                Id = Get(properties, ReportProperties.Id) ?? "",
                                Category = Get(properties, ReportProperties.Category) ?? "",
                                NeverSharedWith = Words(Get(properties, ReportProperties.Never)),
                                ConsentRequiredFor = Words(Get(properties, ReportProperties.ConsentRecipients)),
                                Statement = Get(properties, ReportProperties.Statement) ?? "",
                                Location = location,
                            });
                            break;
                        case ReportProperties.KindDisclosure:
                            disclosures.Add(new ReportDisclosure
                            {
                                Id = Get(properties, ReportProperties.Id) ?? "",
                                Category = Get(properties, ReportProperties.Category) ?? "",
                                Recipients = Words(Get(properties, ReportProperties.Recipients)),
                                Party = Get(properties, ReportProperties.Party),
                                Purpose = Get(properties, ReportProperties.Purpose),
                                Location = location,
                            });
                            break;
                        default:
                            flows.Add(ReadFlow(result, properties, location, paths));
                            break;
                    }
                }
            }

            // A flow that breaks a promise also points at the promise (its last additional location): that is no step of its path.
            var promiseLocations = new HashSet<string>(promises.Where(p => p.Location != null).Select(p => Key(p.Location!)));
            foreach (var flow in flows)
            {
                flow.Path = flow.Path.Where(step => !promiseLocations.Contains(Key(step))).ToArray();
            }

            return new PrivacyReport(projectName, Distinct(flows), promises, disclosures, sharedFiles,
                unresolved.GroupBy(u => u.Location + ":" + u.Message).Select(g => g.First()));
        }

        private static ReportFlow ReadFlow(object? result, IReadOnlyDictionary<string, string> properties, CodeLocation? location, ProjectPaths paths)
        {
            var verdict = Get(properties, ReportProperties.Verdict);
            return new ReportFlow
            {
                Category = Get(properties, ReportProperties.Category) ?? "",
                Source = Get(properties, ReportProperties.Source) ?? "",
                Sink = Get(properties, ReportProperties.Sink) ?? "",
                Recipients = Words(Get(properties, ReportProperties.Recipients)),
                Party = Get(properties, ReportProperties.Party),
                DiagnosticId = verdict == null || verdict == ReportProperties.VerdictNone ? null : verdict,
                Undisclosed = Words(Get(properties, ReportProperties.Undisclosed)),
                Breaks = Words(Get(properties, ReportProperties.BrokenPromise)),
                CoveredBy = Words(Get(properties, ReportProperties.CoveredBy)),
                ConsentGuard = Get(properties, ReportProperties.ConsentGuard) is { } guard ? Words(guard) : null,
                Baselined = Get(properties, ReportProperties.Baselined) == "true",
                Location = location,
                Path = JsonValues.Items(JsonValues.Member(result, "relatedLocations")).Select(paths.Read).Where(l => l != null).Select(l => l!).ToArray(),
            };
        }

        private static string Key(CodeLocation location) => location + ":" + location.Column;

        /// <summary>A multi-targeted or re-run compile may report a flow twice into one log: keep one.</summary>
        private static IEnumerable<ReportFlow> Distinct(List<ReportFlow> flows) =>
            flows.GroupBy(f => string.Join("|", f.Location == null ? "" : Key(f.Location), f.Category, f.Sink, f.Source)).Select(g => g.First());

        private static IReadOnlyDictionary<string, string> CustomProperties(object? result)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in JsonValues.Members(JsonValues.Member(result, "properties", "customProperties")))
            {
                if (pair.Value is string value)
                {
                    map[pair.Key] = value;
                }
            }

            return map;
        }

        private static string? Get(IReadOnlyDictionary<string, string> properties, string key) =>
            properties.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        /// <summary>Recipient words in <see cref="PrivacyReport.RecipientOrder"/>, whatever order the analyzer wrote them in.</summary>
        private static IReadOnlyList<string> Words(string? list) =>
            list == null
                ? new string[0]
                : list.Split(',').Select(w => w.Trim()).Where(w => w.Length > 0).Distinct()
                    .OrderBy(PrivacyReport.RecipientRank)
                    .ThenBy(w => w, StringComparer.Ordinal).ToArray();

        private static CodeLocation? FromProperties(IReadOnlyDictionary<string, string> properties, ProjectPaths paths) =>
            Get(properties, ReportProperties.File) is { } file
                ? new CodeLocation(paths.Relative(file), int.TryParse(Get(properties, ReportProperties.Line), NumberStyles.Integer, CultureInfo.InvariantCulture, out var line) ? line : 0, 1)
                : null;
    }
}
