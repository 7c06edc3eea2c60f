using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PrivacyAnalyzers.Report.Sarif;

namespace PrivacyAnalyzers.Report.Adoption
{
    /// <summary>
    /// Writes PrivacyBaseline.txt from the findings of a build: one line per fingerprint, sorted so that the
    /// file diffs well, each with a comment a reviewer can read. Findings suppressed in source need no entry,
    /// and a PRIV001 the options do not let into the baseline gets none.
    /// </summary>
    public static class BaselineWriter
    {
        public const string Header =
            "# PrivacyBaseline.txt: privacy findings accepted when this file was written. They are not reported;\n" +
            "# anything new is. Each line: rule ; category ; source ; sink ; member that hands the data over (documentation IDs).\n" +
            "# Written by `dotnet build -p:PrivacyBaselineUpdate=true`. Remove lines as findings are fixed (PRIV011 says which).\n";

        public static string Write(IEnumerable<LoggedFinding> findings)
        {
            var lines = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                if (finding.Fingerprint is { } fingerprint && !finding.Suppressed && finding.Property("baseline") != "refused" && !lines.ContainsKey(fingerprint))
                {
                    lines[fingerprint] = Line(fingerprint, finding);
                }
            }

            var text = new StringBuilder(Header);
            foreach (var line in lines.Values)
            {
                text.Append(line).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>Number of entries a baseline text holds (lines that are neither blank nor comments).</summary>
        public static int CountEntries(string text) =>
            text.Split('\n').Select(l => l.Trim()).Count(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal));

        private static string Line(string fingerprint, LoggedFinding finding)
        {
            var fields = string.Join(" ; ", fingerprint.Split(';'));
            var where = finding.Property("containing") is { } containing ? " in " + containing : "";
            var comment = $"{finding.Property("category")} from {finding.Property("source")} reaches {finding.Property("sink")}{where}";
            return fields + "  # " + comment.Replace('\n', ' ').Replace('\r', ' ');
        }
    }
}
