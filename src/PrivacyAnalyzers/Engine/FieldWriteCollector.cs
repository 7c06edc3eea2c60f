using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Collects the field writes of one analysis, one entry per field (its taints joined, shortest paths
    /// kept), and the calls of methods that write what they are given into fields (<see cref="CallBinding"/>),
    /// one per call and callee (a loop's later passes join what they passed).
    /// </summary>
    internal sealed class FieldWriteCollector
    {
        private readonly Dictionary<(ISymbol Field, string Path), int> _index = new Dictionary<(ISymbol Field, string Path), int>(new FieldPathComparer());
        private readonly List<FieldWrite> _writes = new List<FieldWrite>();
        private readonly Dictionary<(IOperation Call, IMethodSymbol Callee), int> _bindingIndex = new Dictionary<(IOperation Call, IMethodSymbol Callee), int>(new CallComparer());
        private readonly List<CallBinding> _bindings = new List<CallBinding>();

        public void AddBinding(IOperation call, CallBinding binding)
        {
            if (_bindingIndex.TryGetValue((call, binding.Callee), out var index))
            {
                _bindings[index] = _bindings[index].Join(binding);
                return;
            }

            _bindingIndex[(call, binding.Callee)] = _bindings.Count;
            _bindings.Add(binding);
        }

        public ImmutableArray<CallBinding> Bindings() => _bindings.ToImmutableArray();

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

        private sealed class CallComparer : IEqualityComparer<(IOperation Call, IMethodSymbol Callee)>
        {
            public bool Equals((IOperation Call, IMethodSymbol Callee) x, (IOperation Call, IMethodSymbol Callee) y) =>
                ReferenceEquals(x.Call, y.Call) && SymbolEqualityComparer.Default.Equals(x.Callee, y.Callee);

            public int GetHashCode((IOperation Call, IMethodSymbol Callee) key) =>
                (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Call) * 31) + SymbolEqualityComparer.Default.GetHashCode(key.Callee);
        }

        public ImmutableArray<FieldWrite> ToImmutable() => _writes.ToImmutableArray();
    }
}
