using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

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

        private FlowState(FlowState other)
        {
            _values = new Dictionary<object, AbstractValue>(other._values, KeyComparer.Instance);
            Granted = other.Granted;
            _consent = other._consent == null ? null : new Dictionary<object, ConsentCondition>(other._consent, KeyComparer.Instance);
        }

        /// <summary>The consent checks that returned true on every path to this point (only where a promise needs consent).</summary>
        public ConsentFacts Granted { get; set; } = ConsentFacts.None;

        /// <summary>Locals and captures holding the result of a consent check, and what each outcome says.</summary>
        private Dictionary<object, ConsentCondition>? _consent;

        public IEnumerable<KeyValuePair<object, AbstractValue>> Values => _values;

        public FlowState Clone() => new FlowState(this);

        public ConsentCondition ConsentOf(object key) => _consent != null && _consent.TryGetValue(key, out var condition) ? condition : ConsentCondition.Unknown;

        public void SetConsent(object key, ConsentCondition condition)
        {
            if (!condition.IsUnknown)
            {
                (_consent ??= new Dictionary<object, ConsentCondition>(KeyComparer.Instance))[key] = condition;
            }
            else
            {
                _consent?.Remove(key);
            }
        }

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

        /// <summary>Facts and members joined per unit of work.</summary>
        private const int JoinCostDivisor = 4;

        /// <summary>Joins <paramref name="other"/> into this state; true when something changed.</summary>
        /// <param name="budget">Charged with the size of every value actually joined: joins of large objects are most of a loop's cost.</param>
        public bool JoinWith(FlowState other, WorkBudget? budget = null)
        {
            var changed = false;
            foreach (var pair in other._values)
            {
                if (_values.TryGetValue(pair.Key, out var mine))
                {
                    if (ReferenceEquals(mine, pair.Value))
                    {
                        continue;
                    }

                    budget?.Spend(pair.Value.Size / JoinCostDivisor);
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

            return JoinConsent(other) | changed;
        }

        /// <summary>Consent is a must-fact: where paths meet, only what holds on both.</summary>
        private bool JoinConsent(FlowState other)
        {
            var changed = false;
            var granted = Granted.Intersect(other.Granted);
            if (!granted.SameAs(Granted))
            {
                Granted = granted;
                changed = true;
            }

            if (_consent == null)
            {
                return changed;
            }

            List<KeyValuePair<object, ConsentCondition>>? updates = null;
            foreach (var pair in _consent)
            {
                var met = pair.Value.Meet(other.ConsentOf(pair.Key));
                if (!met.SameAs(pair.Value))
                {
                    (updates ??= new List<KeyValuePair<object, ConsentCondition>>()).Add(new KeyValuePair<object, ConsentCondition>(pair.Key, met));
                }
            }

            foreach (var update in updates ?? (IEnumerable<KeyValuePair<object, ConsentCondition>>)System.Array.Empty<KeyValuePair<object, ConsentCondition>>())
            {
                SetConsent(update.Key, update.Value);
                changed = true;
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
