using System.Collections.Concurrent;

namespace Orders.Caching;

/// <summary>
/// A small time-to-live cache on a ConcurrentDictionary. Entries expire lazily on read and in
/// <see cref="Compact"/>, which the cache janitor calls every minute.
/// </summary>
public class ExpiringCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private readonly TimeSpan _timeToLive;
    private long _hits;
    private long _misses;

    public ExpiringCache(TimeSpan timeToLive)
    {
        if (timeToLive <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), "The time to live must be positive.");
        }

        _timeToLive = timeToLive;
    }

    public int Count => _entries.Count;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public void Set(TKey key, TValue value) => _entries[key] = new Entry(value, DateTimeOffset.UtcNow + _timeToLive);

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > DateTimeOffset.UtcNow)
        {
            Interlocked.Increment(ref _hits);
            value = entry.Value;
            return true;
        }

        Interlocked.Increment(ref _misses);
        value = default!;
        return false;
    }

    public async Task<TValue> GetOrAddAsync(TKey key, Func<TKey, Task<TValue>> factory)
    {
        if (TryGet(key, out var cached))
        {
            return cached;
        }

        var created = await factory(key);
        Set(key, created);
        return created;
    }

    public void Remove(TKey key) => _entries.TryRemove(key, out _);

    public int Compact()
    {
        var now = DateTimeOffset.UtcNow;
        var expired = _entries.Where(pair => pair.Value.ExpiresAt <= now).Select(pair => pair.Key).ToList();
        foreach (var key in expired)
        {
            _entries.TryRemove(key, out _);
        }

        return expired.Count;
    }

    private sealed record Entry(TValue Value, DateTimeOffset ExpiresAt);
}

/// <summary>Customer summaries for the ordering path, so placing an order does not hit the customer store.</summary>
public sealed class CustomerSummaryCache() : ExpiringCache<Guid, Customers.CustomerSummary>(TimeSpan.FromMinutes(10));

/// <summary>Evicts expired entries every minute and logs the cache's numbers.</summary>
public sealed class CacheJanitor(CustomerSummaryCache customers, ILogger<CacheJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var evicted = customers.Compact();
            logger.LogDebug("Customer cache: {Evicted} evicted, {Count} live, {Hits} hits, {Misses} misses", evicted, customers.Count, customers.Hits, customers.Misses); // CLEAN
        }
    }
}
