using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Report.Sarif;

namespace PrivacyAnalyzers.Report.Build
{
    /// <summary>
    /// The MSBuild step of a library's summary (<c>PrivacySummary</c>): writes <c>&lt;Assembly&gt;.PrivacySummary.txt</c> from the
    /// PRIV902 lines of the compiler's error log, for the projects and packages that reference the library, after every
    /// compile, so no summary outlives its code.
    /// </summary>
    public sealed class WritePrivacySummary : Microsoft.Build.Utilities.Task
    {
        [Required]
        public string ErrorLog { get; set; } = "";

        [Required]
        public string SummaryPath { get; set; } = "";

        public override bool Execute()
        {
            if (!File.Exists(ErrorLog))
            {
                return true;
            }

            string[] lines;
            try
            {
                lines = LoggedFinding.ReadSummaryLines(File.ReadAllText(ErrorLog)).ToArray();
            }
            catch (FormatException e)
            {
                Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: the error log '{0}' cannot be read ({1}), so the library summary was not written.", ErrorLog, e.Message);
                return true;
            }

            // Written even when the library has nothing to say (only its assembly line): its date tells the next build it is current.
            var header = lines.Where(IsHeader).Take(1);
            var body = lines.Where(l => !IsHeader(l)).Distinct(StringComparer.Ordinal).ToArray();
            var text = new StringBuilder();
            text.Append("# Written by PrivacyAnalyzers from this library's code: what its members do with personal data.\n");
            foreach (var line in header.Concat(body))
            {
                text.Append(line).Append('\n');
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(SummaryPath))!);
            File.WriteAllText(SummaryPath, text.ToString(), new UTF8Encoding(false));
            Log.LogMessage(MessageImportance.Normal, "PrivacyAnalyzers: library summary written to {0} ({1} lines)", SummaryPath, body.Length);
            return true;
        }

        private static bool IsHeader(string line) => line.StartsWith("assembly:", StringComparison.Ordinal);
    }
}
