using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Report.Adoption;
using PrivacyAnalyzers.Report.Sarif;

namespace PrivacyAnalyzers.Report.Build
{
    /// <summary>The MSBuild step of <c>-p:PrivacySarif=true</c>: turns the compiler's error log into obj/privacy.sarif.</summary>
    public sealed class WritePrivacySarif : CompilerLogTask
    {
        [Required]
        public string SarifPath { get; set; } = "";

        [Required]
        public string ProjectName { get; set; } = "";

        protected override string What => "the SARIF log";

        protected override bool NeedsSarif21 => true;

        protected override void Write(IReadOnlyList<LoggedFinding> findings, IReadOnlyDictionary<string, object?> rules)
        {
            var path = Path.GetFullPath(SarifPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, PrivacySarifWriter.Write(findings, rules, ProjectName), new UTF8Encoding(false));
            Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: SARIF log written to {0} ({1} results)", path, findings.Count(f => !f.Suppressed));
        }
    }
}
