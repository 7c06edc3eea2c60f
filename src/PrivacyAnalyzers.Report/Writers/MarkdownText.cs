using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Report.Model;

namespace PrivacyAnalyzers.Report.Writers
{
    /// <summary>Markdown pieces shared by the report's sections: links to code, escaped table cells, words.</summary>
    internal sealed class MarkdownText
    {
        private readonly string _linkBase;

        /// <param name="linkBase">From the report's folder to the project folder, e.g. "../" for obj/.</param>
        public MarkdownText(string linkBase) => _linkBase = linkBase.Length == 0 || linkBase.EndsWith("/") ? linkBase : linkBase + "/";

        public string Link(CodeLocation? location) =>
            location == null ? "—" : "[" + Cell(location.ToString()) + "](" + _linkBase + location.File.Replace(" ", "%20") + "#L" + location.Line + ")";

        /// <summary>"#3 [Program.cs:40](...)": a flow by number and place.</summary>
        public string FlowLink(ReportFlow flow) => "#" + flow.Id + " " + Link(flow.Location);

        /// <summary>"`Customer.Phone` → `Ads.Upload` (Meta)".</summary>
        public static string FlowSummary(ReportFlow flow) =>
            Code(flow.Source) + " → " + Code(flow.Sink) + (flow.Party == null ? "" : " (" + Cell(flow.Party) + ")");

        public static string Code(string text) => text.Length == 0 ? "—" : "`" + text.Replace("`", "'").Replace("|", "\\|") + "`";

        public static string Cell(string? text) =>
            string.IsNullOrEmpty(text) ? "—" : text!.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

        /// <summary>"advertising, third-party", or a dash for none.</summary>
        public static string Words(IEnumerable<string> words) => words.Any() ? PrivacyReport.Describe(words) : "—";

        public static string Plural(int count, string noun, string? plural = null) => count + " " + (count == 1 ? noun : plural ?? noun + "s");
    }
}
