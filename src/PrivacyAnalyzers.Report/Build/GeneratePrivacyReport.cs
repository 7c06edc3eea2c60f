using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PrivacyAnalyzers.Report.Sarif;
using PrivacyAnalyzers.Report.Writers;

namespace PrivacyAnalyzers.Report.Build
{
    /// <summary>
    /// The MSBuild step after CoreCompile: reads the compiler's SARIF error log and writes the Markdown
    /// and JSON reports. It never fails the build: a missing or unreadable log is said in one message.
    /// </summary>
    public sealed class GeneratePrivacyReport : Task
    {
        /// <summary>The SARIF file the compiler wrote (the path part of <c>ErrorLog</c>).</summary>
        [Required]
        public string ErrorLog { get; set; } = "";

        [Required]
        public string ProjectDirectory { get; set; } = "";

        [Required]
        public string ProjectName { get; set; } = "";

        [Required]
        public string MarkdownPath { get; set; } = "";

        [Required]
        public string JsonPath { get; set; } = "";

        public override bool Execute()
        {
            if (!File.Exists(ErrorLog))
            {
                Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: no error log at '{0}', so the privacy report was not written.", ErrorLog);
                return true;
            }

            Model.PrivacyReport report;
            try
            {
                report = SarifReader.Read(File.ReadAllText(ErrorLog), ProjectDirectory, ProjectName);
            }
            catch (FormatException e)
            {
                Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: the error log '{0}' cannot be read ({1}), so the privacy report was not written.", ErrorLog, e.Message);
                return true;
            }

            var markdown = Path.GetFullPath(MarkdownPath);
            Directory.CreateDirectory(Path.GetDirectoryName(markdown)!);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(JsonPath))!);
            File.WriteAllText(markdown, MarkdownReportWriter.Write(report, LinkBase(markdown)), new UTF8Encoding(false));
            File.WriteAllText(JsonPath, JsonReportWriter.Write(report), new UTF8Encoding(false));
            Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: privacy report written to {0} (and .json): {1}",
                markdown, MarkdownReportWriter.SummaryLine(report).Replace("**", ""));
            return true;
        }

        /// <summary>The relative path from the report's folder to the project folder, for links ("../" from obj/).</summary>
        private string LinkBase(string markdown)
        {
            var from = new Uri(Path.GetDirectoryName(markdown)!.TrimEnd('/', '\\') + "/");
            var to = new Uri(Path.GetFullPath(ProjectDirectory).TrimEnd('/', '\\') + "/");
            return Uri.UnescapeDataString(from.MakeRelativeUri(to).ToString());
        }
    }
}
