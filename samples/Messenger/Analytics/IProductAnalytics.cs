using PrivacyAnalyzers;

namespace Messenger.Analytics;

/// <summary>A hosted product-analytics service (an independent company).</summary>
[DataSink(Recipient.Analytics, Party = "Telemetrix")]
public interface IProductAnalytics
{
    void Track(string eventName, string property);
}
