using System.Collections.Generic;
using System.Linq;
using System.Text;
using PrivacyAnalyzers.Report.Model;

namespace PrivacyAnalyzers.Report.Writers
{
    /// <summary>
    /// A Mermaid <c>flowchart LR</c> of categories → parties that GitHub renders: one edge per category and
    /// party, labelled with recipients and flow count; parties coloured by their most sensitive recipient;
    /// edges and categories of broken promises in red.
    /// </summary>
    public static class MermaidWriter
    {
        /// <summary>Colours by recipient kind, most sensitive first: a party takes the first kind it receives.</summary>
        private static readonly (string Kind, string Style)[] Colours =
        {
            ("advertising", "fill:#fde0dc,stroke:#c62828,color:#000"),
            ("ai_provider", "fill:#ede7f6,stroke:#5e35b1,color:#000"),
            ("analytics", "fill:#fff3e0,stroke:#ef6c00,color:#000"),
            ("affiliate", "fill:#fce4ec,stroke:#ad1457,color:#000"),
            ("third_party", "fill:#fffde7,stroke:#f9a825,color:#000"),
            ("logging", "fill:#eceff1,stroke:#546e7a,color:#000"),
            ("processor", "fill:#e3f2fd,stroke:#1565c0,color:#000"),
        };

        private const string BrokenStyle = "stroke:#d50000,stroke-width:3px";

        public static string Write(PrivacyReport report)
        {
            var md = new StringBuilder("```mermaid\nflowchart LR\n");
            if (report.Flows.Count == 0)
            {
                md.Append("  none[\"no personal data reaches a sink\"]\n```\n");
                return md.ToString();
            }

            var categories = report.Categories.Select((c, i) => (Key: c, Id: "c" + (i + 1))).ToDictionary(c => c.Key, c => c.Id);
            var parties = report.Parties.Select((p, i) => (Name: p, Id: "p" + (i + 1))).ToDictionary(p => p.Name, p => p.Id);
            var broken = new HashSet<ReportFlow>(report.Promises.SelectMany(p => p.BrokenBy));

            foreach (var category in categories)
            {
                md.Append("  ").Append(category.Value).Append("[\"").Append(Escape(category.Key)).Append("\"]\n");
            }

            foreach (var party in parties)
            {
                md.Append("  ").Append(party.Value).Append("([\"").Append(Escape(party.Key)).Append("\"])\n");
            }

            var edge = 0;
            var brokenEdges = new List<int>();
            var brokenCategories = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (var group in report.Flows.GroupBy(f => (f.Category, Party: PrivacyReport.PartyLabel(f))).OrderBy(g => categories[g.Key.Category], System.StringComparer.Ordinal).ThenBy(g => parties[g.Key.Party], System.StringComparer.Ordinal))
            {
                var isBroken = group.Any(broken.Contains);
                var label = MarkdownText.Words(group.SelectMany(f => f.Recipients)) + " · " + group.Count() + (isBroken ? " · breaks a promise" : "");
                md.Append("  ").Append(categories[group.Key.Category]).Append(" -->|\"").Append(Escape(label)).Append("\"| ").Append(parties[group.Key.Party]).Append('\n');
                if (isBroken)
                {
                    brokenEdges.Add(edge);
                    brokenCategories.Add(categories[group.Key.Category]);
                }

                edge++;
            }

            foreach (var (kind, style) in Colours)
            {
                md.Append("  classDef ").Append(kind).Append(' ').Append(style).Append('\n');
            }

            md.Append("  classDef broken ").Append(BrokenStyle).Append('\n');
            foreach (var party in parties)
            {
                var kinds = report.Flows.Where(f => PrivacyReport.PartyLabel(f) == party.Key).SelectMany(f => f.Recipients).ToList();
                var colour = Colours.Select(c => c.Kind).FirstOrDefault(kinds.Contains);
                if (colour != null)
                {
                    md.Append("  class ").Append(party.Value).Append(' ').Append(colour).Append('\n');
                }
            }

            if (brokenCategories.Count > 0)
            {
                md.Append("  class ").Append(string.Join(",", brokenCategories)).Append(" broken\n");
                md.Append("  linkStyle ").Append(string.Join(",", brokenEdges)).Append(' ').Append(BrokenStyle).Append('\n');
            }

            md.Append("```\n\n");
            md.Append("Parties are coloured by the most sensitive recipient they receive as: ")
              .Append(string.Join(", ", Colours.Select(c => c.Kind.Replace('_', '-')))).Append(" (in that order). Red edges and categories break a promise.\n");
            return md.ToString();
        }

        /// <summary>Mermaid labels are quoted; quotes and angle brackets become entity codes.</summary>
        private static string Escape(string text) => text.Replace("\"", "#quot;").Replace("<", "#lt;").Replace(">", "#gt;");
    }
}
