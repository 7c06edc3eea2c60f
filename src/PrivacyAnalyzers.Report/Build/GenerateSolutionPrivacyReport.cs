using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Report.Json;
using PrivacyAnalyzers.Report.Solution;
using PrivacyAnalyzers.Report.Writers;

namespace PrivacyAnalyzers.Report.Build
{
    /// <summary>
    /// After a project's report, when the build is one of a solution: files the project's JSON report under the
    /// solution's obj/privacy-report/, then writes the solution report from every project of the solution filed
    /// there. Projects build in parallel, so the merge holds a lock file; the last project to finish writes the
    /// report that holds them all. Like the project report, it never fails the build.
    /// </summary>
    public sealed class GenerateSolutionPrivacyReport : Microsoft.Build.Utilities.Task
    {
        private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

        [Required]
        public string SolutionPath { get; set; } = "";

        [Required]
        public string ProjectName { get; set; } = "";

        [Required]
        public string ProjectDirectory { get; set; } = "";

        [Required]
        public string JsonPath { get; set; } = "";

        public override bool Execute()
        {
            if (!File.Exists(SolutionPath) || !File.Exists(JsonPath))
            {
                return true;
            }

            var solutionDirectory = Path.GetDirectoryName(Path.GetFullPath(SolutionPath))!;
            var folder = Path.Combine(solutionDirectory, "obj", "privacy-report");
            Directory.CreateDirectory(folder);
            var copy = JsonText.Write(new JsonObject
            {
                { "directory", Relative(solutionDirectory, ProjectDirectory) },
                { "report", JsonReader.Parse(File.ReadAllText(JsonPath)) },
            });

            using var held = Lock(Path.Combine(folder, ".lock"));
            if (held == null)
            {
                Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: the solution privacy report is busy in another build, so it was not written.");
                return true;
            }

            File.WriteAllText(Path.Combine(folder, ProjectName + ".json"), copy, new UTF8Encoding(false));
            var name = Path.GetFileNameWithoutExtension(SolutionPath);
            var listed = SolutionProjects.Read(File.ReadAllText(SolutionPath), SolutionPath.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase));
            var filed = Directory.GetFiles(folder, "*.json").Where(f => listed.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
            var projects = filed
                .Select(f => JsonReader.Parse(File.ReadAllText(f)))
                .Select(p => (JsonValues.String(p, "directory") ?? "", JsonText.Write(JsonValues.Member(p, "report"))))
                .ToList();
            var report = SolutionReport.Merge(name, projects);
            var markdown = Path.Combine(solutionDirectory, "obj", name + ".privacy-report.md");
            File.WriteAllText(markdown, MarkdownReportWriter.Write(report, "../"), new UTF8Encoding(false));
            File.WriteAllText(Path.ChangeExtension(markdown, ".json"), JsonReportWriter.Write(report), new UTF8Encoding(false));
            Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: solution privacy report written to {0} (and .json, {1} projects so far): {2}",
                markdown, projects.Count, MarkdownReportWriter.SummaryLine(report).Replace("**", ""));

            // Only once every project of the solution has filed its report can a symbol be known to nobody.
            if (filed.Count == listed.Count)
            {
                foreach (var line in report.UnresolvedSharedLines)
                {
                    Log.LogWarning(null, "PRIV010", null, Path.Combine(solutionDirectory, line.Location!.File), line.Location.Line, line.Location.Column, 0, 0,
                        "{0}, in any project of the solution", line.Message);
                }
            }

            return true;
        }

        /// <summary>"src/Shop": the project folder from the solution folder, with forward slashes.</summary>
        private static string Relative(string from, string to)
        {
            var baseUri = new Uri(from.TrimEnd('/', '\\') + "/");
            var relative = Uri.UnescapeDataString(baseUri.MakeRelativeUri(new Uri(Path.GetFullPath(to).TrimEnd('/', '\\') + "/")).ToString());
            return relative.TrimEnd('/');
        }

        private static FileStream? Lock(string path)
        {
            var deadline = DateTime.UtcNow + LockTimeout;
            while (true)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(50);
                }
                catch (IOException)
                {
                    return null;
                }
            }
        }
    }
}
