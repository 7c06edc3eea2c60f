using System.Buffers;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Removes repeated origins from a list of facts, keeping each origin's shorter path (the first on a tie), in rented
    /// arrays: a dictionary and a second list per call were half of all the bytes the engine allocated on MimeKit with
    /// a sink that everything reaches (10.8 of 22 GB), most of them for lists of a few dozen facts.
    /// </summary>
    internal static class DistinctFacts
    {
        // Up to this many facts a linear search is cheaper than hashing.
        private const int Small = 8;

        public static SmallMap<Origin, PathStep?> Of(List<KeyValuePair<Origin, PathStep?>> facts)
        {
            var distinct = ArrayPool<KeyValuePair<Origin, PathStep?>>.Shared.Rent(facts.Count);
            try
            {
                var count = facts.Count <= Small ? Linear(facts, distinct) : Hashed(facts, distinct);
                return SmallMap<Origin, PathStep?>.FromDistinct(distinct, count);
            }
            finally
            {
                ArrayPool<KeyValuePair<Origin, PathStep?>>.Shared.Return(distinct, clearArray: true); // no origin outlives its use
            }
        }

        private static int Linear(List<KeyValuePair<Origin, PathStep?>> facts, KeyValuePair<Origin, PathStep?>[] distinct)
        {
            var count = 0;
            foreach (var fact in facts)
            {
                var at = -1;
                for (var i = 0; i < count && at < 0; i++)
                {
                    at = distinct[i].Key.Equals(fact.Key) ? i : -1;
                }

                count = Keep(distinct, count, at, fact);
            }

            return count;
        }

        /// <summary>Open addressing over a rented table of positions in <paramref name="distinct"/> (plus one; zero is free).</summary>
        private static int Hashed(List<KeyValuePair<Origin, PathStep?>> facts, KeyValuePair<Origin, PathStep?>[] distinct)
        {
            var bits = 1;
            while ((1 << bits) < facts.Count * 2)
            {
                bits++;
            }

            var mask = (1 << bits) - 1;
            var slots = ArrayPool<int>.Shared.Rent(mask + 1);
            System.Array.Clear(slots, 0, mask + 1);
            try
            {
                var count = 0;
                foreach (var fact in facts)
                {
                    // Fibonacci hashing: the top bits of the product spread origins whose hashes differ only high up.
                    var slot = (int)(((uint)fact.Key.GetHashCode() * 2654435769u) >> (32 - bits));
                    while (slots[slot] != 0 && !distinct[slots[slot] - 1].Key.Equals(fact.Key))
                    {
                        slot = (slot + 1) & mask;
                    }

                    var at = slots[slot] - 1;
                    if (at < 0)
                    {
                        slots[slot] = count + 1;
                    }

                    count = Keep(distinct, count, at, fact);
                }

                return count;
            }
            finally
            {
                ArrayPool<int>.Shared.Return(slots);
            }
        }

        /// <summary>Adds a new origin's fact, or keeps the shorter path of one met before at <paramref name="at"/>.</summary>
        private static int Keep(KeyValuePair<Origin, PathStep?>[] distinct, int count, int at, KeyValuePair<Origin, PathStep?> fact)
        {
            if (at < 0)
            {
                distinct[count] = fact;
                return count + 1;
            }

            if (Taint.Length(fact.Value) < Taint.Length(distinct[at].Value))
            {
                distinct[at] = fact;
            }

            return count;
        }
    }
}
