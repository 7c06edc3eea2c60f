using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Report.Model
{
    /// <summary>
    /// Everything the report says, computed once: flows in code order, which flows break each promise,
    /// which flows each disclosure describes. The writers only format what is here.
    /// </summary>
    public sealed class PrivacyReport
    {
        /// <summary>Recipient words in the order of <c>Recipient</c>: the columns of the data map.</summary>
        public static readonly IReadOnlyList<string> RecipientOrder =
            Enum.GetValues(typeof(RecipientKind)).Cast<RecipientKind>().Where(k => k != RecipientKind.None).Select(RecipientKinds.Word).ToArray();

        /// <summary>The position of a recipient word in <see cref="RecipientOrder"/>; unknown words sort last.</summary>
        public static int RecipientRank(string word)
        {
            for (var i = 0; i < RecipientOrder.Count; i++)
            {
                if (RecipientOrder[i] == word)
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        public PrivacyReport(string project, IEnumerable<ReportFlow> flows, IEnumerable<ReportPromise> promises, IEnumerable<ReportDisclosure> disclosures,
            IEnumerable<string>? sharedRulesFiles = null, IEnumerable<ReportUnresolvedLine>? unresolvedSharedLines = null)
        {
            SharedRulesFiles = (sharedRulesFiles ?? new string[0]).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToArray();
            UnresolvedSharedLines = (unresolvedSharedLines ?? new ReportUnresolvedLine[0]).OrderBy(l => l.Location ?? new CodeLocation("", 0, 0)).ToArray();
            Project = project;
            Flows = flows
                .OrderBy(f => f.Location ?? new CodeLocation("", 0, 0))
                .ThenBy(f => f.Category, StringComparer.Ordinal)
                .ThenBy(f => f.Sink, StringComparer.Ordinal)
                .ToArray();
            for (var i = 0; i < Flows.Count; i++)
            {
                Flows[i].Id = i + 1;
            }

            Promises = promises.OrderBy(p => p.Location ?? new CodeLocation("", 0, 0)).ThenBy(p => p.Category, StringComparer.Ordinal).ToArray();
            foreach (var promise in Promises)
            {
                promise.BrokenBy = Flows.Where(f => f.Breaks.Contains(promise.Id)).ToArray();
            }

            Disclosures = disclosures.OrderBy(d => d.Location ?? new CodeLocation("", 0, 0)).ThenBy(d => d.Category, StringComparer.Ordinal).ToArray();
            foreach (var disclosure in Disclosures)
            {
                disclosure.UsedBy = Flows.Where(f => f.CoveredBy.Contains(disclosure.Id)).ToArray();
            }
        }

        public string Project { get; }
        public IReadOnlyList<ReportFlow> Flows { get; }
        public IReadOnlyList<ReportPromise> Promises { get; }
        public IReadOnlyList<ReportDisclosure> Disclosures { get; }

        /// <summary>Rules files shared by the solution (found above the project) that the project read, relative to it.</summary>
        public IReadOnlyList<string> SharedRulesFiles { get; }

        /// <summary>Lines of shared rules files naming a symbol the project does not know; the solution report tells which nobody knows.</summary>
        public IReadOnlyList<ReportUnresolvedLine> UnresolvedSharedLines { get; }

        /// <summary>Flows that raised PRIV002 or PRIV003: shared or logged without a disclosure.</summary>
        public IEnumerable<ReportFlow> UndisclosedFlows => Flows.Where(f => f.DiagnosticId is "PRIV002" or "PRIV003");

        /// <summary>Flows whose finding PrivacyBaseline.txt accepts: still true, listed apart so they are not forgotten.</summary>
        public IEnumerable<ReportFlow> BaselinedFlows => Flows.Where(f => f.Baselined);

        public IReadOnlyList<string> Categories => Flows.Select(f => f.Category).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToArray();

        public IReadOnlyList<string> Parties => Flows.Select(PartyLabel).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToArray();

        /// <summary>The recipient columns that some flow reaches, in <see cref="RecipientOrder"/>.</summary>
        public IReadOnlyList<string> Recipients => RecipientOrder.Where(r => Flows.Any(f => f.Recipients.Contains(r))).ToArray();

        /// <summary>The flows of one cell of the data map.</summary>
        public IEnumerable<ReportFlow> Cell(string category, string recipient) =>
            Flows.Where(f => f.Category == category && f.Recipients.Contains(recipient));

        /// <summary>The party a flow goes to; a sink without one is named by its recipients, as "(logging)".</summary>
        public static string PartyLabel(ReportFlow flow) => !string.IsNullOrEmpty(flow.Party) ? flow.Party! : "(" + Describe(flow.Recipients) + ")";

        /// <summary>"advertising, third-party": recipient words as a reader says them, purposes first (the analyzer's own wording).</summary>
        public static string Describe(IEnumerable<string> words)
        {
            var kinds = RecipientKind.None;
            foreach (var word in words)
            {
                kinds |= RecipientKinds.TryParseWord(word, out var kind) ? kind : RecipientKind.None;
            }

            return RecipientKinds.Describe(kinds);
        }

    }
}
