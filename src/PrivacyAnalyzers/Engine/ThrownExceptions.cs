using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What the exceptions a method may throw carry, kept apart by the static type of the thrown exception, so that a
    /// <c>catch</c> receives only what its type can hold and not what an earlier catch of the same <c>try</c> took whole.
    /// An exception of unknown type (null) reaches every catch. Immutable.
    /// </summary>
    internal sealed class ThrownExceptions
    {
        private ThrownExceptions(ImmutableArray<KeyValuePair<ITypeSymbol?, AbstractValue>> entries)
        {
            Entries = entries;
        }

        /// <summary>Nothing thrown (a property, not a shared field: values memoize their flattened taint).</summary>
        public static ThrownExceptions None => new ThrownExceptions(ImmutableArray<KeyValuePair<ITypeSymbol?, AbstractValue>>.Empty);

        /// <summary>Each exception type with what its instances carry.</summary>
        public ImmutableArray<KeyValuePair<ITypeSymbol?, AbstractValue>> Entries { get; }

        public bool IsEmpty => Entries.IsEmpty;

        public ThrownExceptions Add(ITypeSymbol? type, AbstractValue value)
        {
            if (value.IsEmpty)
            {
                return this;
            }

            for (var i = 0; i < Entries.Length; i++)
            {
                if (SymbolEqualityComparer.Default.Equals(Entries[i].Key, type))
                {
                    var joined = Entries[i].Value.Join(value);
                    return joined.SameAs(Entries[i].Value) ? this
                        : new ThrownExceptions(Entries.SetItem(i, new KeyValuePair<ITypeSymbol?, AbstractValue>(type, joined)));
                }
            }

            return new ThrownExceptions(Entries.Add(new KeyValuePair<ITypeSymbol?, AbstractValue>(type, value)));
        }

        public ThrownExceptions Join(ThrownExceptions other)
        {
            var result = this;
            foreach (var entry in other.Entries)
            {
                result = result.Add(entry.Key, entry.Value);
            }

            return result;
        }

        /// <summary>The same exception types, each value mapped (placeholders substituted, allocations dropped).</summary>
        public ThrownExceptions Select(Func<AbstractValue, AbstractValue> map)
        {
            var result = None;
            foreach (var entry in Entries)
            {
                result = result.Add(entry.Key, map(entry.Value));
            }

            return result;
        }

        /// <summary>
        /// What a catch of <paramref name="catchType"/> (null: any) receives: exceptions whose type it can hold, or that
        /// may at run time be one it holds (a thrown <c>Exception</c> variable), minus those an earlier catch of the same
        /// try without a filter took (<paramref name="takenEarlier"/>).
        /// </summary>
        public AbstractValue CaughtBy(ITypeSymbol? catchType, IReadOnlyList<ITypeSymbol> takenEarlier)
        {
            var caught = AbstractValue.Empty;
            foreach (var entry in Entries)
            {
                if (Reaches(entry.Key, catchType, takenEarlier))
                {
                    caught = caught.Join(entry.Value);
                }
            }

            return caught;
        }

        /// <summary>Whether an exception of static type <paramref name="type"/> (null: unknown) reaches a catch of <paramref name="catchType"/>.</summary>
        public static bool Reaches(ITypeSymbol? type, ITypeSymbol? catchType, IReadOnlyList<ITypeSymbol> takenEarlier) =>
            type == null || catchType == null || (DerivesFrom(type, catchType) || DerivesFrom(catchType, type)) && !Taken(type, takenEarlier);

        private static bool Taken(ITypeSymbol type, IReadOnlyList<ITypeSymbol> takenEarlier)
        {
            foreach (var earlier in takenEarlier)
            {
                if (DerivesFrom(type, earlier))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool DerivesFrom(ITypeSymbol type, ITypeSymbol ancestor)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, ancestor.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
