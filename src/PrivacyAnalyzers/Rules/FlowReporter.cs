using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules.Baseline;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// Turns sink hits into diagnostics: one per sink expression and category (the shortest path
    /// wins, ties broken by position so the result never depends on timing), judged by the flow rules
    /// in order of precedence, plus the hidden per-flow diagnostic of the privacy report. Each finding carries
    /// its baseline fingerprint; the baseline hides it or turns it into a suggestion.
    /// </summary>
    internal sealed class FlowReporter
    {
        private readonly Compilation _compilation;
        private readonly PrivacyPolicy _policy;
        private readonly IReadOnlyList<FlowRule> _rules;
        private readonly FindingBaseline _baseline;
        private readonly bool _reportEveryFlow;
        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly ConcurrentDictionary<(Location, string), bool> _reported = new ConcurrentDictionary<(Location, string), bool>();
        private readonly ConcurrentDictionary<SyntaxTree, RecipientKind> _requiredByTree = new ConcurrentDictionary<SyntaxTree, RecipientKind>();

        public FlowReporter(Compilation compilation, PrivacyPolicy policy, IReadOnlyList<FlowRule> rules, FindingBaseline baseline, bool reportEveryFlow, AnalyzerConfigOptionsProvider options)
        {
            _compilation = compilation;
            _policy = policy;
            _rules = rules;
            _baseline = baseline;
            _reportEveryFlow = reportEveryFlow;
            _options = options;
        }

        public void Report(IEnumerable<SinkHit> hits, Action<Diagnostic> report)
        {
            // Per sink expression and category: the hit to report, and the names of every source that reaches it.
            var best = new Dictionary<(Location, string), (SinkHit Hit, SortedSet<string> Sources)>();
            foreach (var hit in hits)
            {
                if (!hit.Origin.IsConcrete)
                {
                    continue;
                }

                var key = (hit.Location, hit.Origin.Category);
                var sources = best.TryGetValue(key, out var current) ? current.Sources : new SortedSet<string>(StringComparer.Ordinal);
                sources.Add(hit.Origin.SourceName);
                best[key] = (current.Hit == null || Compare(hit, current.Hit, _policy) < 0 ? hit : current.Hit, sources);
            }

            foreach (var pair in best.OrderBy(p => p.Key.Item1.SourceTree?.FilePath, StringComparer.Ordinal)
                                     .ThenBy(p => p.Key.Item1.SourceSpan.Start).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
            {
                if (!_reported.TryAdd(pair.Key, true))
                {
                    continue;
                }

                var hit = pair.Value.Hit;
                var others = pair.Value.Sources.Where(name => name != hit.Origin.SourceName).ToImmutableArray();
                var finding = new FlowFinding(hit, RequiredFor(pair.Key.Item1.SourceTree), others)
                {
                    ConsentRequired = _policy.ConsentNeeded(pair.Key.Item2, hit.Sink),
                };
                FindingStamp? stamp = null;
                finding.Stamp = ruleId => stamp = Stamp(finding, ruleId);
                var verdict = "none";
                foreach (var rule in _rules)
                {
                    if (rule.Judge(finding, _policy) is { } diagnostic)
                    {
                        verdict = rule.Descriptor.Id;
                        if (stamp?.Verdict != BaselineVerdict.Hide)
                        {
                            report(diagnostic);
                        }

                        break;
                    }
                }

                if (_reportEveryFlow)
                {
                    report(ReportDiagnostic(finding, verdict, stamp?.Properties ?? ImmutableDictionary<string, string?>.Empty));
                }
            }
        }

        /// <summary>PRIV011 for the baseline's entries that no finding matched: once every flow was reported.</summary>
        public IEnumerable<Diagnostic> StaleBaselineEntries() => _baseline.StaleEntries();

        /// <summary>The fingerprint of a finding and what the baseline makes of it, as diagnostic properties.</summary>
        private FindingStamp Stamp(FlowFinding finding, string ruleId)
        {
            var identity = FindingIdentity.Of(finding, _compilation);
            var fingerprint = identity.Fingerprint(ruleId, finding.Category);
            var verdict = _baseline.Judge(ruleId, fingerprint);
            var stamp = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Fingerprint, fingerprint)
                .Add(DiagnosticProperties.Containing, identity.ContainingName);
            if (!_baseline.Accepts(ruleId))
            {
                stamp = stamp.Add(DiagnosticProperties.Baseline, DiagnosticProperties.BaselineRefused);
            }

            return new FindingStamp(verdict == BaselineVerdict.Report ? stamp : stamp.Add(DiagnosticProperties.Baselined, "true"), verdict);
        }

        private Diagnostic ReportDiagnostic(FlowFinding finding, string verdict, ImmutableDictionary<string, string?> stamp)
        {
            var promise = _policy.FindBrokenPromise(finding.Category, finding.Sink) ?? _policy.FindUnconsentedPromise(finding.Category, finding.Sink, finding.Consent);
            // The report shows what was decided here: which promise the flow breaks and which disclosures describe it.
            var properties = finding.Properties(promise?.Statement, _policy.Undisclosed(finding.Category, finding.Sink, finding.DisclosureRequiredFor | RecipientKind.Logging))
                .SetItem(DiagnosticProperties.Verdict, verdict)
                .SetItem(DiagnosticProperties.BrokenPromise, promise == null ? null : string.Join(",", _policy.BrokenPromises(finding.Category, finding.Sink, finding.Consent).Select(_policy.IdOf)))
                .SetItem(DiagnosticProperties.CoveredBy, string.Join(",", _policy.CoveringDisclosures(finding.Category, finding.Sink).Select(_policy.IdOf)))
                .SetItems(stamp);
            var message = $"{finding.Category} from {finding.SourcesText} reaches {finding.RecipientsText} sink '{finding.Sink.Name}'{finding.PartyText}";
            return Diagnostic.Create(RuleDescriptors.FlowReport, finding.Location, finding.AdditionalLocations(promise?.Location), properties, message);
        }

        private static bool Unconsented(SinkHit hit, PrivacyPolicy policy) =>
            policy.ConsentRecipients != RecipientKind.None && policy.FindUnconsentedPromise(hit.Origin.Category, hit.Sink, hit.Consent) != null;

        private RecipientKind RequiredFor(SyntaxTree? tree) => tree == null
            ? _policy.DisclosureRequiredFor
            : _requiredByTree.GetOrAdd(tree, t => PrivacyOptions.DisclosureRequiredForFile(_options, t, _policy.DisclosureRequiredFor));

        /// <summary>
        /// A flow without the consent its promise needs first (one unguarded path is enough to break it); then shorter paths;
        /// then by source position and name, so ties resolve the same way every run.
        /// </summary>
        private static int Compare(SinkHit a, SinkHit b, PrivacyPolicy policy)
        {
            if (!ReferenceEquals(a.Consent, b.Consent))
            {
                var byConsent = Unconsented(b, policy).CompareTo(Unconsented(a, policy));
                if (byConsent != 0)
                {
                    return byConsent;
                }
            }

            var byLength = a.PathLength.CompareTo(b.PathLength);
            if (byLength != 0)
            {
                return byLength;
            }

            var byFile = string.CompareOrdinal(a.Origin.SourceLocation.SourceTree?.FilePath, b.Origin.SourceLocation.SourceTree?.FilePath);
            if (byFile != 0)
            {
                return byFile;
            }

            var byPosition = a.Origin.SourceLocation.SourceSpan.Start.CompareTo(b.Origin.SourceLocation.SourceSpan.Start);
            return byPosition != 0 ? byPosition : string.CompareOrdinal(a.Origin.SourceName, b.Origin.SourceName);
        }
    }
}
