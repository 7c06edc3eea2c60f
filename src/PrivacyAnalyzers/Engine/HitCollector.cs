using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Collects sink hits of one analysis, keeping the shortest path per sink expression and origin.</summary>
    internal sealed class HitCollector
    {
        private readonly Dictionary<(Location, Origin), SinkHit> _hits = new Dictionary<(Location, Origin), SinkHit>();

        public void Add(SinkHit hit)
        {
            var key = (hit.Location, hit.Origin);
            if (!_hits.TryGetValue(key, out var existing) || hit.PathLength < existing.PathLength)
            {
                _hits[key] = hit;
            }
        }

        public ImmutableArray<SinkHit> Concrete() => Select(concrete: true);

        public ImmutableArray<SinkHit> Placeholders() => Select(concrete: false);

        private ImmutableArray<SinkHit> Select(bool concrete) =>
            _hits.Values.Where(h => h.Origin.IsConcrete == concrete).ToImmutableArray();
    }
}
