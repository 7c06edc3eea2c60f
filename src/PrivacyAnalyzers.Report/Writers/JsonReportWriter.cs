using System.Linq;
using PrivacyAnalyzers.Report.Json;
using PrivacyAnalyzers.Report.Model;

namespace PrivacyAnalyzers.Report.Writers
{
    /// <summary>Writes obj/privacy-report.json, in the shape docs/privacy-report.schema.json describes.</summary>
    public static class JsonReportWriter
    {
        /// <summary>Raised when the shape changes incompatibly; readers check it.</summary>
        public const int SchemaVersion = 1;

        public static string Write(PrivacyReport report) => JsonText.Write(new JsonObject
        {
            { "schemaVersion", SchemaVersion },
            { "project", report.Project },
            { "summary", Summary(report) },
            { "categories", report.Categories.Select(c => new JsonObject
                {
                    { "key", c },
                    { "flows", report.Flows.Count(f => f.Category == c) },
                    { "recipients", report.Recipients.Where(r => report.Cell(c, r).Any()).ToArray() },
                    { "parties", report.Flows.Where(f => f.Category == c).Select(PrivacyReport.PartyLabel).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToArray() },
                }) },
            { "parties", report.Parties.Select(p => new JsonObject
                {
                    { "name", p },
                    { "named", report.Flows.Any(f => f.Party == p) },
                    { "recipients", PrivacyReport.RecipientOrder.Where(r => report.Flows.Any(f => PrivacyReport.PartyLabel(f) == p && f.Recipients.Contains(r))).ToArray() },
                    { "categories", report.Flows.Where(f => PrivacyReport.PartyLabel(f) == p).Select(f => f.Category).Distinct().OrderBy(c => c, System.StringComparer.Ordinal).ToArray() },
                    { "flows", report.Flows.Count(f => PrivacyReport.PartyLabel(f) == p) },
                }) },
            { "recipients", report.Recipients.Select(r => new JsonObject
                {
                    { "kind", r },
                    { "flows", report.Flows.Count(f => f.Recipients.Contains(r)) },
                    { "categories", report.Categories.Where(c => report.Cell(c, r).Any()).ToArray() },
                    { "parties", report.Flows.Where(f => f.Recipients.Contains(r)).Select(PrivacyReport.PartyLabel).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToArray() },
                }) },
            { "flows", report.Flows.Select(Flow) },
            { "promises", report.Promises.Select(p => new JsonObject
                {
                    { "category", p.Category },
                    { "neverSharedWith", p.NeverSharedWith },
                    { "consentRequiredFor", p.ConsentRequiredFor },
                    { "statement", p.Statement },
                    { "status", p.Kept ? "kept" : "broken" },
                    { "location", Location(p.Location) },
                    { "brokenBy", p.BrokenBy.Select(f => f.Id).ToArray() },
                }) },
            { "sharedRules", new JsonObject
                {
                    { "files", report.SharedRulesFiles },
                    { "unresolved", report.UnresolvedSharedLines.Select(u => new JsonObject { { "location", Location(u.Location) }, { "message", u.Message } }) },
                } },
            { "disclosures", report.Disclosures.Select(d => new JsonObject
                {
                    { "category", d.Category },
                    { "recipients", d.Recipients },
                    { "party", d.Party },
                    { "purpose", d.Purpose },
                    { "status", d.Used ? "used" : "unused" },
                    { "location", Location(d.Location) },
                    { "usedBy", d.UsedBy.Select(f => f.Id).ToArray() },
                }) },
        });

        private static JsonObject Summary(PrivacyReport report) => new JsonObject
        {
            { "flows", report.Flows.Count },
            { "categories", report.Categories.Count },
            { "parties", report.Parties.Count },
            { "promisesKept", report.Promises.Count(p => p.Kept) },
            { "promisesBroken", report.Promises.Count(p => !p.Kept) },
            { "disclosuresUsed", report.Disclosures.Count(d => d.Used) },
            { "disclosuresUnused", report.Disclosures.Count(d => !d.Used) },
            { "undisclosedFlows", report.UndisclosedFlows.Count() },
            { "baselinedFlows", report.BaselinedFlows.Count() },
        };

        private static JsonObject Flow(ReportFlow flow) => new JsonObject
        {
            { "id", flow.Id },
            { "category", flow.Category },
            { "source", flow.Source },
            { "sink", flow.Sink },
            { "recipients", flow.Recipients },
            { "party", flow.Party },
            { "diagnosticId", flow.DiagnosticId },
            { "undisclosed", flow.Undisclosed },
            { "baselined", flow.Baselined },
            { "consentGuard", flow.ConsentGuard?.ToArray() },
            { "location", Location(flow.Location) },
            { "path", flow.Path.Select(Location) },
        };

        private static JsonObject? Location(CodeLocation? location) => location == null ? null : new JsonObject
        {
            { "file", location.File },
            { "line", location.Line },
            { "column", location.Column },
        };
    }
}
