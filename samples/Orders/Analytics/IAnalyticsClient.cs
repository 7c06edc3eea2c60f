using PrivacyAnalyzers;

namespace Orders.Analytics;

/// <summary>Our wrapper over Amplitude's HTTP API. Whatever is passed here leaves for Amplitude.</summary>
[DataSink(Recipient.Analytics, Party = "Amplitude")]
public interface IAnalyticsClient
{
    void Track(string eventType, string userId, object? eventProperties = null);

    void Identify(string userId, IReadOnlyDictionary<string, object?> userProperties);

    Task FlushAsync(CancellationToken ct = default);
}
