using System;
using System.Collections.Concurrent;

namespace PrivacyAnalyzers.Configuration
{
    internal static class CacheExtensions
    {
        /// <summary>
        /// GetOrAdd without an allocation on a hit. These caches are read for nearly every operation of every
        /// analyzed method, and a capturing lambda handed to GetOrAdd is allocated on every call; here the
        /// state travels as an argument, so callers pass static lambdas, which the compiler allocates once.
        /// </summary>
        public static TValue GetOrCompute<TKey, TValue, TState>(this ConcurrentDictionary<TKey, TValue> cache, TKey key, TState state, Func<TKey, TState, TValue> compute)
            where TKey : notnull =>
            cache.TryGetValue(key, out var known) ? known : cache.GetOrAdd(key, compute(key, state));
    }
}
