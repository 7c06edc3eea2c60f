using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// An immutable map for the few entries a taint or an object's members hold (rarely more than a
    /// handful): a plain array in insertion order, searched linearly. Far cheaper to build, copy and
    /// enumerate than an <c>ImmutableDictionary</c>, whose enumerator dominated the engine's profile.
    /// The array is written only while a map is made and never handed out, so the map stays immutable
    /// without an <c>ImmutableArray</c> builder per map (54 MB of a 320k build's allocations).
    /// The default value is the empty map.
    /// </summary>
    internal readonly struct SmallMap<TKey, TValue>
        where TKey : class, IEquatable<TKey>
    {
        private readonly KeyValuePair<TKey, TValue>[]? _entries;

        private SmallMap(KeyValuePair<TKey, TValue>[] entries)
        {
            _entries = entries;
        }

        public static SmallMap<TKey, TValue> Empty => default;

        /// <summary>A map of the first <paramref name="count"/> entries of <paramref name="entries"/>, whose keys the caller guarantees distinct.</summary>
        public static SmallMap<TKey, TValue> FromDistinct(KeyValuePair<TKey, TValue>[] entries, int count)
        {
            if (count == 0)
            {
                return Empty;
            }

            var copy = new KeyValuePair<TKey, TValue>[count];
            Array.Copy(entries, copy, count);
            return new SmallMap<TKey, TValue>(copy);
        }

        public int Count => _entries == null ? 0 : _entries.Length;

        public bool IsEmpty => Count == 0;

        public KeyValuePair<TKey, TValue> this[int index] => _entries![index];

        public int IndexOf(TKey key)
        {
            var entries = _entries;
            if (entries != null)
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

        public KeyValuePair<TKey, TValue>[] ToArray() => _entries == null ? new KeyValuePair<TKey, TValue>[0] : (KeyValuePair<TKey, TValue>[])_entries.Clone();

        public bool TryGetValue(TKey key, out TValue value)
        {
            var index = IndexOf(key);
            value = index >= 0 ? _entries![index].Value : default!;
            return index >= 0;
        }

        /// <summary>The map with <paramref name="key"/> set to <paramref name="value"/> (replaced in place, or appended).</summary>
        public SmallMap<TKey, TValue> SetItem(TKey key, TValue value)
        {
            var index = IndexOf(key);
            var count = Count;
            var entries = new KeyValuePair<TKey, TValue>[index >= 0 ? count : count + 1];
            if (count > 0)
            {
                Array.Copy(_entries!, entries, count);
            }

            entries[index >= 0 ? index : count] = new KeyValuePair<TKey, TValue>(key, value);
            return new SmallMap<TKey, TValue>(entries);
        }

        /// <summary>
        /// This map with each entry of <paramref name="other"/> set where its key is new or <paramref name="replaces"/> says
        /// its value wins over this map's (as <see cref="SetItem"/> one after another would), built in one array; this map
        /// itself when nothing would change.
        /// </summary>
        public SmallMap<TKey, TValue> Merge(SmallMap<TKey, TValue> other, Func<TValue, TValue, bool> replaces)
        {
            var added = 0;
            var replaced = false;
            foreach (var entry in other)
            {
                var index = IndexOf(entry.Key);
                added += index < 0 ? 1 : 0;
                replaced |= index >= 0 && replaces(_entries![index].Value, entry.Value);
            }

            if (added == 0 && !replaced)
            {
                return this;
            }

            var count = Count;
            var merged = new KeyValuePair<TKey, TValue>[count + added];
            if (count > 0)
            {
                Array.Copy(_entries!, merged, count);
            }

            foreach (var entry in other)
            {
                // Each key of the other map is distinct, so an entry of this map is looked at once and keeps its place.
                var index = IndexOf(entry.Key);
                if (index < 0)
                {
                    merged[count++] = entry;
                }
                else if (replaces(merged[index].Value, entry.Value))
                {
                    merged[index] = entry;
                }
            }

            return new SmallMap<TKey, TValue>(merged);
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

            var entries = new KeyValuePair<TKey, TValue>[Count - 1];
            Array.Copy(_entries!, 0, entries, 0, index);
            Array.Copy(_entries!, index + 1, entries, index, Count - 1 - index);
            return new SmallMap<TKey, TValue>(entries);
        }

        /// <summary>The same keys in the same order, each value mapped.</summary>
        public SmallMap<TKey, TValue> Select(Func<TValue, TValue> map) => Select(map, static (value, f) => f(value));

        /// <summary>
        /// The same keys in the same order, each value mapped with <paramref name="state"/>: callers pass a static lambda, so no
        /// closure is allocated per call (these run for every value a path step or a depth cut touches).
        /// </summary>
        public SmallMap<TKey, TValue> Select<TState>(TState state, Func<TValue, TState, TValue> map)
        {
            if (IsEmpty)
            {
                return this;
            }

            var entries = new KeyValuePair<TKey, TValue>[Count];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new KeyValuePair<TKey, TValue>(_entries![i].Key, map(_entries[i].Value, state));
            }

            return new SmallMap<TKey, TValue>(entries);
        }

        /// <summary>A struct enumerator: <c>foreach</c> over a map allocates nothing.</summary>
        public Enumerator GetEnumerator() => new Enumerator(_entries);

        public struct Enumerator
        {
            private readonly KeyValuePair<TKey, TValue>[]? _entries;
            private int _index;

            internal Enumerator(KeyValuePair<TKey, TValue>[]? entries)
            {
                _entries = entries;
                _index = -1;
            }

            public KeyValuePair<TKey, TValue> Current => _entries![_index];

            public bool MoveNext() => _entries != null && ++_index < _entries.Length;
        }
    }
}
