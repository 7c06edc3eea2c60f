using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Collects sink hits of one analysis, keeping the shortest path per sink expression and origin, and the consent
    /// checks passed on every way there (a loop's later passes, or a lambda called from two places, narrow them).
    /// </summary>
    internal sealed class HitCollector
    {
        private readonly Dictionary<(Location, Origin), SinkHit> _hits = new Dictionary<(Location, Origin), SinkHit>();

        public void Add(SinkHit hit)
        {
            var key = (hit.Location, hit.Origin);
            if (!_hits.TryGetValue(key, out var existing))
            {
                _hits[key] = hit;
                return;
            }

            var consent = existing.Consent.Intersect(hit.Consent);
            var shorter = hit.PathLength < existing.PathLength ? hit : existing;
            if (!ReferenceEquals(shorter, existing) || !consent.SameAs(existing.Consent) || (hit.Deferred && !existing.Deferred))
            {
                _hits[key] = new SinkHit(shorter.Sink, shorter.Location, shorter.Origin, shorter.Path, consent, existing.Deferred || hit.Deferred);
            }
        }

        /// <summary>Concrete hits judged with the method itself: none that still waits for a caller's consent.</summary>
        public ImmutableArray<SinkHit> Concrete(Func<SinkHit, bool> waits) => Select(h => h.Origin.IsConcrete && !h.Deferred && !waits(h));

        /// <summary>Placeholder hits for callers and compilation end: parameters always (consent is added at the call site), fields unless they wait.</summary>
        public ImmutableArray<SinkHit> Placeholders(Func<SinkHit, bool> waits) =>
            Select(h => !h.Origin.IsConcrete && (h.Origin.Kind == OriginKind.Parameter || (!h.Deferred && !waits(h))));

        /// <summary>Hits of concrete data or fields that wait for a caller's consent, or came from a callee that did.</summary>
        public ImmutableArray<SinkHit> Deferred(Func<SinkHit, bool> waits) =>
            Select(h => (h.Origin.IsConcrete || h.Origin.Kind != OriginKind.Parameter) && (h.Deferred || waits(h)))
                .Select(h => h.Deferred ? h : new SinkHit(h.Sink, h.Location, h.Origin, h.Path, h.Consent, deferred: true)).ToImmutableArray();

        private ImmutableArray<SinkHit> Select(Func<SinkHit, bool> wanted) => _hits.Values.Where(wanted).ToImmutableArray();
    }
}
