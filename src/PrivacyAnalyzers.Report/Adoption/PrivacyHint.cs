using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Report.Json;
using PrivacyAnalyzers.Report.Sarif;

namespace PrivacyAnalyzers.Report.Adoption
{
    /// <summary>
    /// The first build's advice: when a project marks no personal data yet and PRIV100 found members whose
    /// names look personal, one line with how many and the command that marks them; otherwise nothing.
    /// </summary>
    public static class PrivacyHint
    {
        public const string MarkCommand = "dotnet format analyzers --diagnostics PRIV100 --severity info";

        public static string? For(IEnumerable<LoggedFinding> findings, string project)
        {
            var candidates = findings
                .Where(f => f.RuleId == "PRIV100" && f.Property("nothingMarked") == "true" && !f.Suppressed)
                .Select(f => JsonText.Write(f.Location))
                .Distinct(StringComparer.Ordinal)
                .Count();
            if (candidates == 0)
            {
                return null;
            }

            var members = candidates == 1 ? "1 member looks" : candidates + " members look";
            return $"PrivacyAnalyzers: {project} marks no personal data yet, and {members} personal (PRIV100). To mark them: {MarkCommand}";
        }
    }
}
