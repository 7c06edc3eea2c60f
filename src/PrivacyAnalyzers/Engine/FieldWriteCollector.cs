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
        private readonly Dictionary<(ISymbol Field, string Path), int> _index = new Dictionary<(ISymbol Field, string Path), int>(new FieldPathComparer());
        private readonly List<FieldWrite> _writes = new List<FieldWrite>();

        public void Add(ISymbol field, string memberPath, Taint taint)
        {
            if (_index.TryGetValue((field, memberPath), out var index))
            {
                var joined = _writes[index].Taint.Join(taint);
                if (!ReferenceEquals(joined, _writes[index].Taint))
                {
                    _writes[index] = new FieldWrite(field, memberPath, joined);
                }

                return;
            }

            _index[(field, memberPath)] = _writes.Count;
            _writes.Add(new FieldWrite(field, memberPath, taint));
        }

        private sealed class FieldPathComparer : IEqualityComparer<(ISymbol Field, string Path)>
        {
            public bool Equals((ISymbol Field, string Path) x, (ISymbol Field, string Path) y) =>
                SymbolEqualityComparer.Default.Equals(x.Field, y.Field) && string.Equals(x.Path, y.Path, System.StringComparison.Ordinal);

            public int GetHashCode((ISymbol Field, string Path) key) =>
                (SymbolEqualityComparer.Default.GetHashCode(key.Field) * 31) + key.Path.GetHashCode();
        }

        public ImmutableArray<FieldWrite> ToImmutable() => _writes.ToImmutableArray();
    }
}
