using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Report.Adoption;
using PrivacyAnalyzers.Report.Sarif;

namespace PrivacyAnalyzers.Report.Build
{
    /// <summary>
    /// After CoreCompile: prints the first-build hint (a message, never a warning) when there is one. When there is none,
    /// writes <see cref="DoneFile"/>: the targets then keep no compiler log for the hint on later builds.
    /// </summary>
    public sealed class PrintPrivacyHint : CompilerLogTask
    {
        [Required]
        public string ProjectName { get; set; } = "";

        /// <summary>Written when this build has nothing to hint (optional).</summary>
        public string DoneFile { get; set; } = "";

        protected override string What => "the hint";

        protected override bool ExplainsMissingLog => false;

        protected override void Write(IReadOnlyList<LoggedFinding> findings, IReadOnlyDictionary<string, object?> rules)
        {
            if (PrivacyHint.For(findings, ProjectName) is { } hint)
            {
                Log.LogMessage(MessageImportance.High, hint);
            }
            else if (DoneFile.Length > 0)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(DoneFile))!);
                File.WriteAllText(DoneFile, "The project has nothing for the first-build hint; delete this file to be told again.\n");
            }
        }
    }
}
