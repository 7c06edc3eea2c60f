using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Report.Json;
using PrivacyAnalyzers.Report.Model;

namespace PrivacyAnalyzers.Report.Solution
{
    /// <summary>
    /// One report for a whole solution, merged from the projects' privacy-report.json: every flow of every
    /// project (its paths made relative to the solution folder), each promise kept or broken and each disclosure
    /// used or unused across all projects. A promise or disclosure that several projects read from one shared
    /// rules file is listed once. Of the shared rules files' lines naming a symbol some project does not know,
    /// it keeps those that no project reading the file knows: typos, rather than another project's symbols.
    /// </summary>
    public static class SolutionReport
    {
        /// <param name="projects">Each project's folder relative to the solution folder ("src/Shop", "" for the same folder) and its JSON report.</param>
        public static PrivacyReport Merge(string solution, IEnumerable<(string Directory, string Json)> projects)
        {
            var flows = new List<ReportFlow>();
            var promises = new Dictionary<string, ReportPromise>(StringComparer.Ordinal);
            var disclosures = new Dictionary<string, ReportDisclosure>(StringComparer.Ordinal);
            var readers = new Dictionary<string, int>(StringComparer.Ordinal);
            var unresolved = new Dictionary<string, (ReportUnresolvedLine Line, int Projects)>(StringComparer.Ordinal);
            foreach (var (directory, json) in projects.OrderBy(p => p.Directory, StringComparer.Ordinal))
            {
                var root = JsonReader.Parse(json);
                var prefix = directory.Length == 0 ? "" : directory.TrimEnd('/') + "/";
                // The project's own decisions (which flows break a promise or use a disclosure) carry over by flow id.
                var projectFlows = JsonValues.Items(JsonValues.Member(root, "flows")).ToDictionary(f => JsonValues.Int(f, "id"), f => Flow(f, prefix));
                flows.AddRange(projectFlows.Values);
                foreach (var file in JsonValues.Items(JsonValues.Member(root, "sharedRules", "files")).OfType<string>().Select(f => Fold(prefix + f)).Distinct())
                {
                    readers[file] = readers.TryGetValue(file, out var count) ? count + 1 : 1;
                }

                foreach (var item in JsonValues.Items(JsonValues.Member(root, "sharedRules", "unresolved")))
                {
                    var line = new ReportUnresolvedLine { Location = Location(JsonValues.Member(item, "location"), prefix), Message = JsonValues.String(item, "message") ?? "" };
                    var key = Key("", line.Message, line.Location);
                    unresolved[key] = (line, unresolved.TryGetValue(key, out var known) ? known.Projects + 1 : 1);
                }

                foreach (var item in JsonValues.Items(JsonValues.Member(root, "promises")))
                {
                    var promise = new ReportPromise
                    {
                        Category = JsonValues.String(item, "category") ?? "",
                        NeverSharedWith = Words(item, "neverSharedWith"),
                        ConsentRequiredFor = Words(item, "consentRequiredFor"),
                        Statement = JsonValues.String(item, "statement") ?? "",
                        Location = Location(JsonValues.Member(item, "location"), prefix),
                    };
                    var promiseKey = Key(promise.Category, promise.Statement, promise.Location);
                    promise.Id = promises.TryGetValue(promiseKey, out var knownPromise) ? knownPromise.Id : "P" + (promises.Count + 1);
                    promises[promiseKey] = promise;
                    Link(item, "brokenBy", projectFlows, promise.Id, (f, id) => f.Breaks = f.Breaks.Append(id).ToArray());
                }

                foreach (var item in JsonValues.Items(JsonValues.Member(root, "disclosures")))
                {
                    var disclosure = new ReportDisclosure
                    {
                        Category = JsonValues.String(item, "category") ?? "",
                        Recipients = Words(item, "recipients"),
                        Party = JsonValues.String(item, "party"),
                        Purpose = JsonValues.String(item, "purpose"),
                        Location = Location(JsonValues.Member(item, "location"), prefix),
                    };
                    var disclosureKey = Key(disclosure.Category, string.Join(",", disclosure.Recipients) + "|" + disclosure.Party, disclosure.Location);
                    disclosure.Id = disclosures.TryGetValue(disclosureKey, out var knownDisclosure) ? knownDisclosure.Id : "D" + (disclosures.Count + 1);
                    disclosures[disclosureKey] = disclosure;
                    Link(item, "usedBy", projectFlows, disclosure.Id, (f, id) => f.CoveredBy = f.CoveredBy.Append(id).ToArray());
                }
            }

            var nowhere = unresolved.Values
                .Where(u => u.Line.Location != null && readers.TryGetValue(u.Line.Location.File, out var count) && u.Projects >= count)
                .Select(u => u.Line);
            return new PrivacyReport(solution, flows, promises.Values, disclosures.Values, readers.Keys, nowhere);
        }

        /// <summary>Marks the project's flows that a promise or disclosure lists (by their ids in the project's report) with its solution id.</summary>
        private static void Link(object? item, string list, Dictionary<int, ReportFlow> projectFlows, string id, System.Action<ReportFlow, string> mark)
        {
            foreach (var flowId in JsonValues.Items(JsonValues.Member(item, list)))
            {
                if (flowId is not null && projectFlows.TryGetValue(System.Convert.ToInt32(flowId, System.Globalization.CultureInfo.InvariantCulture), out var flow))
                {
                    mark(flow, id);
                }
            }
        }

        private static ReportFlow Flow(object? item, string prefix) => new ReportFlow
        {
            Category = JsonValues.String(item, "category") ?? "",
            Source = JsonValues.String(item, "source") ?? "",
            Sink = JsonValues.String(item, "sink") ?? "",
            Recipients = Words(item, "recipients"),
            Party = JsonValues.String(item, "party"),
            DiagnosticId = JsonValues.String(item, "diagnosticId"),
            Undisclosed = Words(item, "undisclosed"),
            Baselined = JsonValues.Member(item, "baselined") is true,
            Location = Location(JsonValues.Member(item, "location"), prefix),
            Path = JsonValues.Items(JsonValues.Member(item, "path")).Select(l => Location(l, prefix)).Where(l => l != null).Select(l => l!).ToArray(),
        };

        /// <summary>A location of a project's report, made relative to the solution folder; a path that leaves the project (a shared rules file) is folded.</summary>
        private static CodeLocation? Location(object? item, string prefix) =>
            JsonValues.String(item, "file") is { } file
                ? new CodeLocation(Fold(prefix + file), JsonValues.Int(item, "line"), JsonValues.Int(item, "column"))
                : null;

        /// <summary>"src/Shop/../PrivacyRules.txt" → "src/PrivacyRules.txt".</summary>
        private static string Fold(string path)
        {
            var parts = new List<string>();
            foreach (var part in path.Split('/'))
            {
                if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (part != ".")
                {
                    parts.Add(part);
                }
            }

            return string.Join("/", parts);
        }

        private static IReadOnlyList<string> Words(object? item, string name) =>
            JsonValues.Items(JsonValues.Member(item, name)).OfType<string>().ToArray();

        private static string Key(string category, string what, CodeLocation? location) =>
            category + "|" + what + "|" + (location == null ? "" : location + ":" + location.Column);
    }
}
