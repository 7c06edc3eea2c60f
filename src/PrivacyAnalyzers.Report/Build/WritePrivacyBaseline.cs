using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Report.Adoption;
using PrivacyAnalyzers.Report.Sarif;

namespace PrivacyAnalyzers.Report.Build
{
    /// <summary>The MSBuild step of <c>-p:PrivacyBaselineUpdate=true</c>: writes PrivacyBaseline.txt beside the project.</summary>
    public sealed class WritePrivacyBaseline : CompilerLogTask
    {
        [Required]
        public string BaselinePath { get; set; } = "";

        protected override string What => "the baseline";

        protected override void Write(IReadOnlyList<LoggedFinding> findings, IReadOnlyDictionary<string, object?> rules)
        {
            var text = BaselineWriter.Write(findings);
            File.WriteAllText(BaselinePath, text, new UTF8Encoding(false));
            Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: baseline written to {0} ({1} findings)", Path.GetFullPath(BaselinePath), BaselineWriter.CountEntries(text));
        }
    }
}
