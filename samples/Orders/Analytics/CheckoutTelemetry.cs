using System.Net;
using Orders.Catalog;
using Orders.Customers;

namespace Orders.Analytics;

public sealed record CheckoutStartedEvent(int LineCount, decimal EstimatedTotal, string Market, string? ClientIp);

public sealed record SearchPerformedEvent(string Query, string? Category, int ResultCount);

/// <summary>The product events the growth team asked for, in one place so the event names stay stable.</summary>
public sealed class CheckoutTelemetry(IAnalyticsClient analytics, ILogger<CheckoutTelemetry> logger)
{
    public void CheckoutStarted(Guid customerId, int lineCount, decimal estimatedTotal, string market, IPAddress? clientIp)
    {
        var properties = new CheckoutStartedEvent(lineCount, estimatedTotal, market, clientIp?.ToString());
        analytics.Track("checkout_started", customerId.ToString(), properties); // LEAK: PRIV002
    }

    public void SearchPerformed(Guid? customerId, SearchRequest request, SearchResult result)
    {
        analytics.Track("search_performed", customerId?.ToString() ?? "anonymous", new SearchPerformedEvent(request.Query, request.Category, result.Total)); // CLEAN
        logger.LogDebug("Search in {Category} returned {Total} results", request.Category ?? "all", result.Total); // CLEAN
    }

    /// <summary>User properties for segmenting dashboards by market, tier and age band.</summary>
    public void IdentifyCustomer(Customer customer)
    {
        var traits = new Dictionary<string, object?>
        {
            ["market"] = customer.Market,
            ["tier"] = customer.Tier.ToString(),
            ["signup_channel"] = customer.Channel.ToString(),
            ["birth_date"] = customer.DateOfBirth.ToString("yyyy-MM-dd"),
        };
        analytics.Identify(customer.Id.ToString(), traits); // LEAK: PRIV002
    }

    public void TierChanged(Guid customerId, CustomerTier from, CustomerTier to)
    {
        var traits = new Dictionary<string, object?> { ["tier"] = to.ToString(), ["previous_tier"] = from.ToString() };
        analytics.Identify(customerId.ToString(), traits); // CLEAN
    }
}
