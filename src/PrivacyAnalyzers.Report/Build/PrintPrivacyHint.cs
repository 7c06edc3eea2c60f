using System.Collections.Generic;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Report.Adoption;
using PrivacyAnalyzers.Report.Sarif;

namespace PrivacyAnalyzers.Report.Build
{
    /// <summary>After CoreCompile: prints the first-build hint (a message, never a warning) when there is one.</summary>
    public sealed class PrintPrivacyHint : CompilerLogTask
    {
        [Required]
        public string ProjectName { get; set; } = "";

        protected override string What => "the hint";

        protected override bool ExplainsMissingLog => false;

        protected override void Write(IReadOnlyList<LoggedFinding> findings, IReadOnlyDictionary<string, object?> rules)
        {
            if (PrivacyHint.For(findings, ProjectName) is { } hint)
            {
                Log.LogMessage(MessageImportance.High, hint);
            }
        }
    }
}
