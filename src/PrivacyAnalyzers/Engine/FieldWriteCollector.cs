using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Collects the field writes of one analysis, one entry per field (its taints joined, shortest paths
    /// kept). A caller takes over its callees' writes, so without merging a summary would hold one write
    /// per call path, which grows exponentially with the depth of a library's call graph.
    /// </summary>
    internal sealed class FieldWriteCollector
    {
        private readonly Dictionary<ISymbol, int> _index = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        private readonly List<FieldWrite> _writes = new List<FieldWrite>();

        public void Add(ISymbol field, Taint taint)
        {
            if (_index.TryGetValue(field, out var index))
            {
                var joined = _writes[index].Taint.Join(taint);
                if (!ReferenceEquals(joined, _writes[index].Taint))
                {
                    _writes[index] = new FieldWrite(field, joined);
                }

                return;
            }

            _index[field] = _writes.Count;
            _writes.Add(new FieldWrite(field, taint));
        }

        public ImmutableArray<FieldWrite> ToImmutable() => _writes.ToImmutableArray();
    }
}
