using System.Collections;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// A call's values by parameter ordinal (-1: the receiver), in the order they were set, with the part of a dictionary's
    /// surface the analysis uses. A call has a handful of arguments and the engine evaluates millions of calls: one small
    /// array searched in order costs less than a dictionary's buckets and entries built per call.
    /// </summary>
    internal sealed class OrdinalMap<T> : IEnumerable<KeyValuePair<int, T>>
    {
        private KeyValuePair<int, T>[] _items = new KeyValuePair<int, T>[4];

        public int Count { get; private set; }

        /// <summary>Sets a value; a value set again keeps its place, as a dictionary's entry does.</summary>
        public T this[int ordinal]
        {
            get => TryGetValue(ordinal, out var value) ? value : throw new KeyNotFoundException(ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));
            set
            {
                var index = IndexOf(ordinal);
                if (index < 0)
                {
                    if (Count == _items.Length)
                    {
                        System.Array.Resize(ref _items, Count * 2);
                    }

                    index = Count++;
                }

                _items[index] = new KeyValuePair<int, T>(ordinal, value);
            }
        }

        public bool ContainsKey(int ordinal) => IndexOf(ordinal) >= 0;

        public bool TryGetValue(int ordinal, out T value)
        {
            var index = IndexOf(ordinal);
            value = index < 0 ? default! : _items[index].Value;
            return index >= 0;
        }

        private int IndexOf(int ordinal)
        {
            for (var i = 0; i < Count; i++)
            {
                if (_items[i].Key == ordinal)
                {
                    return i;
                }
            }

            return -1;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<KeyValuePair<int, T>> IEnumerable<KeyValuePair<int, T>>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>A foreach over the map allocates nothing.</summary>
        public struct Enumerator : IEnumerator<KeyValuePair<int, T>>
        {
            private readonly OrdinalMap<T> _map;
            private int _index;

            public Enumerator(OrdinalMap<T> map)
            {
                _map = map;
                _index = -1;
            }

            public KeyValuePair<int, T> Current => _map._items[_index];

            object IEnumerator.Current => Current;

            public bool MoveNext() => ++_index < _map.Count;

            public void Reset() => _index = -1;

            public void Dispose()
            {
            }
        }
    }
}
