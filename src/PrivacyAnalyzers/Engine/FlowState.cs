using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The values of a method's variables at one program point: locals, parameters, <c>this</c>,
    /// flow captures of the control-flow graph, and static fields written by the method.
    /// </summary>
    internal sealed class FlowState
    {
        /// <summary>Key of <c>this</c>.</summary>
        public static readonly object This = new object();

        private readonly Dictionary<object, AbstractValue> _values;

        public FlowState()
        {
            _values = new Dictionary<object, AbstractValue>(KeyComparer.Instance);
        }

        private FlowState(Dictionary<object, AbstractValue> values)
        {
            _values = new Dictionary<object, AbstractValue>(values, KeyComparer.Instance);
        }

        public IEnumerable<KeyValuePair<object, AbstractValue>> Values => _values;

        public FlowState Clone() => new FlowState(_values);

        public bool TryGet(object key, out AbstractValue value) => _values.TryGetValue(key, out value!);

        public AbstractValue Get(object key) => _values.TryGetValue(key, out var value) ? value : AbstractValue.Empty;

        public void Set(object key, AbstractValue value)
        {
            if (value.IsEmpty && !value.Fresh)
            {
                _values.Remove(key);
            }
            else
            {
                _values[key] = value;
            }
        }

        /// <summary>Joins <paramref name="other"/> into this state; true when something changed.</summary>
        public bool JoinWith(FlowState other)
        {
            var changed = false;
            foreach (var pair in other._values)
            {
                if (_values.TryGetValue(pair.Key, out var mine))
                {
                    var joined = mine.Join(pair.Value);
                    if (!joined.SameAs(mine))
                    {
                        _values[pair.Key] = joined;
                        changed = true;
                    }
                }
                else
                {
                    _values[pair.Key] = pair.Value;
                    changed = true;
                }
            }

            return changed;
        }

        private sealed class KeyComparer : IEqualityComparer<object>
        {
            public static readonly KeyComparer Instance = new KeyComparer();

            // The same local or parameter is nearly always the same object: skip the interface checks then.
            public new bool Equals(object? x, object? y) =>
                ReferenceEquals(x, y) || (x is ISymbol a && y is ISymbol b ? SymbolEqualityComparer.Default.Equals(a, b) : object.Equals(x, y));

            public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
        }
    }
}
