using System.Collections.Generic;
using System.Linq;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Indexes kept as a dictionary of lists (callers by callee, writes by field, copies by source).</summary>
    internal static class MultiMap
    {
        /// <summary>Appends <paramref name="value"/> to the list under <paramref name="key"/>, starting one when there is none.</summary>
        public static void AddTo<TKey, TValue>(this Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = new List<TValue>();
            }

            list.Add(value);
        }

        /// <summary>The values under <paramref name="key"/>, or none.</summary>
        public static IEnumerable<TValue> ValuesOf<TKey, TValue>(this Dictionary<TKey, List<TValue>> index, TKey key) =>
            index.TryGetValue(key, out var list) ? list : Enumerable.Empty<TValue>();
    }
}
