using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Report.Solution
{
    /// <summary>The names of the projects a solution file (.sln or .slnx) lists: reports of other projects in the folder are old ones.</summary>
    public static class SolutionProjects
    {
        private static readonly Regex SlnProject = new Regex(@"^Project\(""[^""]*""\)\s*=\s*""[^""]*""\s*,\s*""(?<path>[^""]+)""", RegexOptions.Multiline);
        private static readonly Regex SlnxProject = new Regex(@"<Project\s+[^>]*Path=""(?<path>[^""]+)""", RegexOptions.IgnoreCase);

        public static ISet<string> Read(string solutionText, bool slnx) =>
            new HashSet<string>(
                (slnx ? SlnxProject : SlnProject).Matches(solutionText).Cast<Match>()
                    .Select(m => m.Groups["path"].Value.Replace('\\', '/'))
                    .Where(p => p.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
                    .Select(p => Path.GetFileNameWithoutExtension(p.Substring(p.LastIndexOf('/') + 1))),
                StringComparer.OrdinalIgnoreCase);
    }
}
