using System.Security.Cryptography;
using System.Text;
using Orders.Customers;
using Orders.Orders;

namespace Orders.Marketing;

public sealed class AudienceSyncOptions
{
    public string HighValueAudienceId { get; set; } = "aud_high_value_buyers";

    public decimal HighValueThreshold { get; set; } = 150m;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>
/// Nightly: uploads the opted-in customers who spent the most in the last 90 days to the ad network,
/// hashed with SHA-256 as Meta asks, so campaigns can target people like them.
/// </summary>
public sealed class AudienceSyncService(
    ICustomerRepository customers,
    IOrderRepository orders,
    IAdAudienceClient ads,
    AudienceSyncOptions options,
    ILogger<AudienceSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval);
        do
        {
            try
            {
                await SyncAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Audience sync failed"); // CLEAN
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> SyncAsync(CancellationToken ct)
    {
        var since = DateTimeOffset.UtcNow.AddDays(-90);
        var recent = await orders.InPeriodAsync(since, DateTimeOffset.UtcNow, ct);
        var spendByCustomer = recent
            .Where(o => o.Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered)
            .GroupBy(o => o.CustomerId)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Total));

        var optedIn = await customers.ListAsync(c => c.MarketingOptIn, ct);
        var highValue = optedIn.Where(c => spendByCustomer.GetValueOrDefault(c.Id) >= options.HighValueThreshold).ToList();
        logger.LogInformation("Audience sync: {HighValue} of {OptedIn} opted-in customers above {Threshold}", highValue.Count, optedIn.Count, options.HighValueThreshold); // CLEAN

        if (highValue.Count == 0)
        {
            return 0;
        }

        var hashed = highValue.Select(c => Sha256Hex(c.Email.Trim().ToLowerInvariant())).ToList();
        var uploaded = await ads.UploadAudienceAsync(options.HighValueAudienceId, hashed, ct); // LEAK: PRIV001
        logger.LogInformation("Audience {AudienceId} now has {Uploaded} new members", options.HighValueAudienceId, uploaded); // CLEAN
        return uploaded;
    }

    private static string Sha256Hex(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value))).ToLowerInvariant();
}
