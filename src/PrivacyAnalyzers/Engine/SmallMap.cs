using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// An immutable map for the few entries a taint or an object's members hold (rarely more than a
    /// handful): a plain array in insertion order, searched linearly. Far cheaper to build, copy and
    /// enumerate than an <c>ImmutableDictionary</c>, whose enumerator dominated the engine's profile.
    /// The default value is the empty map.
    /// </summary>
    internal readonly struct SmallMap<TKey, TValue>
        where TKey : class, IEquatable<TKey>
    {
        private readonly ImmutableArray<KeyValuePair<TKey, TValue>> _entries;

        private SmallMap(ImmutableArray<KeyValuePair<TKey, TValue>>.Builder entries)
        {
            _entries = entries.MoveToImmutable();
        }

        public static SmallMap<TKey, TValue> Empty => default;

        /// <summary>A map of the first <paramref name="count"/> entries of <paramref name="entries"/>, whose keys the caller guarantees distinct.</summary>
        public static SmallMap<TKey, TValue> FromDistinct(KeyValuePair<TKey, TValue>[] entries, int count)
        {
            if (count == 0)
            {
                return Empty;
            }

            var builder = ImmutableArray.CreateBuilder<KeyValuePair<TKey, TValue>>(count);
            for (var i = 0; i < count; i++)
            {
                builder.Add(entries[i]);
            }

            return new SmallMap<TKey, TValue>(builder);
        }

        public int Count => _entries.IsDefault ? 0 : _entries.Length;

        public bool IsEmpty => Count == 0;

        public KeyValuePair<TKey, TValue> this[int index] => _entries[index];

        public int IndexOf(TKey key)
        {
            var entries = _entries;
            if (!entries.IsDefault)
            {
                for (var i = 0; i < entries.Length; i++)
                {
                    if (ReferenceEquals(entries[i].Key, key) || entries[i].Key.Equals(key))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        public bool ContainsKey(TKey key) => IndexOf(key) >= 0;

        public KeyValuePair<TKey, TValue>[] ToArray() => _entries.IsDefault ? new KeyValuePair<TKey, TValue>[0] : System.Linq.ImmutableArrayExtensions.ToArray(_entries);

        public bool TryGetValue(TKey key, out TValue value)
        {
            var index = IndexOf(key);
            value = index >= 0 ? _entries[index].Value : default!;
            return index >= 0;
        }

        /// <summary>The map with <paramref name="key"/> set to <paramref name="value"/> (replaced in place, or appended).</summary>
        public SmallMap<TKey, TValue> SetItem(TKey key, TValue value)
        {
            var index = IndexOf(key);
            var count = Count;
            var entries = ImmutableArray.CreateBuilder<KeyValuePair<TKey, TValue>>(index >= 0 ? count : count + 1);
            for (var i = 0; i < count; i++)
            {
                entries.Add(i == index ? new KeyValuePair<TKey, TValue>(key, value) : _entries[i]);
            }

            if (index < 0)
            {
                entries.Add(new KeyValuePair<TKey, TValue>(key, value));
            }

            return new SmallMap<TKey, TValue>(entries);
        }

        public SmallMap<TKey, TValue> Remove(TKey key)
        {
            var index = IndexOf(key);
            if (index < 0)
            {
                return this;
            }

            if (Count == 1)
            {
                return Empty;
            }

            var entries = ImmutableArray.CreateBuilder<KeyValuePair<TKey, TValue>>(Count - 1);
            for (var i = 0; i < Count; i++)
            {
                if (i != index)
                {
                    entries.Add(_entries[i]);
                }
            }

            return new SmallMap<TKey, TValue>(entries);
        }

        /// <summary>The same keys in the same order, each value mapped.</summary>
        public SmallMap<TKey, TValue> Select(Func<TValue, TValue> map)
        {
            if (IsEmpty)
            {
                return this;
            }

            var entries = ImmutableArray.CreateBuilder<KeyValuePair<TKey, TValue>>(Count);
            foreach (var entry in _entries)
            {
                entries.Add(new KeyValuePair<TKey, TValue>(entry.Key, map(entry.Value)));
            }

            return new SmallMap<TKey, TValue>(entries);
        }

        /// <summary>A struct enumerator: <c>foreach</c> over a map allocates nothing.</summary>
        public ImmutableArray<KeyValuePair<TKey, TValue>>.Enumerator GetEnumerator() =>
            (_entries.IsDefault ? ImmutableArray<KeyValuePair<TKey, TValue>>.Empty : _entries).GetEnumerator();
    }
}
