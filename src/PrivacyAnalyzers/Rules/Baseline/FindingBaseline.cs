using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Rules.Baseline
{
    /// <summary>What becomes of a finding: reported as usual, hidden, or shown at suggestion severity.</summary>
    internal enum BaselineVerdict
    {
        Report,
        Hide,
        Suggest,
    }

    /// <summary>A finding's baseline properties (fingerprint, containing member, baselined) and verdict.</summary>
    internal sealed class FindingStamp
    {
        public FindingStamp(ImmutableDictionary<string, string?> properties, BaselineVerdict verdict)
        {
            Properties = properties;
            Verdict = verdict;
        }

        public ImmutableDictionary<string, string?> Properties { get; }
        public BaselineVerdict Verdict { get; }
    }

    /// <summary>
    /// The baseline of one compilation: which findings it accepts, and which of its entries matched
    /// something (the others are PRIV011). Thread-safe: findings arrive from concurrent method analyses.
    /// </summary>
    internal sealed class FindingBaseline
    {
        private readonly ImmutableArray<BaselineEntry> _entries;
        private readonly HashSet<string> _fingerprints;
        private readonly PrivacyOptions _options;
        private readonly ConcurrentDictionary<string, bool> _matched = new ConcurrentDictionary<string, bool>();

        public FindingBaseline(ImmutableArray<BaselineEntry> entries, PrivacyOptions options)
        {
            _entries = entries;
            _options = options;
            _fingerprints = new HashSet<string>(entries.Select(e => e.Fingerprint));
        }

        public bool IsEmpty => _entries.IsEmpty;

        /// <summary>
        /// Whether a finding may be baselined: PRIV001 only when the options allow it. While the baseline is
        /// written, every such finding is accepted, to reach the error log at suggestion severity.
        /// </summary>
        public bool Accepts(string ruleId) => ruleId != RuleIdentifiers.PromiseBroken || _options.BaselineAllowsPromiseBreaks;

        public BaselineVerdict Judge(string ruleId, string fingerprint)
        {
            if (!Accepts(ruleId))
            {
                return BaselineVerdict.Report;
            }

            if (_options.BaselineUpdate)
            {
                return BaselineVerdict.Suggest;
            }

            if (!_fingerprints.Contains(fingerprint))
            {
                return BaselineVerdict.Report;
            }

            _matched.TryAdd(fingerprint, true);
            return _options.ShowBaselined ? BaselineVerdict.Suggest : BaselineVerdict.Hide;
        }

        /// <summary>PRIV011 for every entry that matched no finding; call once every finding was judged.</summary>
        public IEnumerable<Diagnostic> StaleEntries() =>
            _entries.Where(e => !_matched.ContainsKey(e.Fingerprint))
                .Select(e => Diagnostic.Create(RuleDescriptors.StaleBaselineEntry, e.Location, e.Fingerprint));
    }
}
