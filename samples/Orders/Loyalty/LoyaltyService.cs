using System.Collections.Concurrent;
using Orders.Customers;
using Orders.Orders;

namespace Orders.Loyalty;

public sealed record LoyaltyLedgerEntry(Guid CustomerId, Guid OrderId, int Points, DateTimeOffset At);

/// <summary>Awards points for paid orders and promotes customers between tiers.</summary>
public sealed class LoyaltyService(ICustomerRepository customers, ILogger<LoyaltyService> logger)
{
    private const int PointsPerPound = 10;
    private static readonly (CustomerTier Tier, int Threshold)[] Tiers = { (CustomerTier.Gold, 5_000), (CustomerTier.Silver, 1_500), (CustomerTier.Standard, 0) };
    private readonly ConcurrentQueue<LoyaltyLedgerEntry> _ledger = new();

    public IReadOnlyCollection<LoyaltyLedgerEntry> Ledger => _ledger;

    public void Attach(OrderService orders)
    {
        orders.OrderPlaced += OnOrderPlaced;
        orders.OrderPlaced += (_, e) => logger.LogDebug("Order {OrderId} of {Total} seen by loyalty ({ItemCount} items)", e.OrderId, e.Total, e.ItemCount); // CLEAN
        orders.StatusChanged += (orderId, status) => logger.LogDebug("Order {OrderId} is now {Status}", orderId, status); // CLEAN
    }

    private async void OnOrderPlaced(object? sender, OrderPlacedEventArgs e)
    {
        try
        {
            var points = (int)Math.Floor(e.Total * PointsPerPound);
            var customer = await customers.FindAsync(e.CustomerId);
            if (customer is null)
            {
                logger.LogWarning("Loyalty: customer {CustomerId} of order {OrderId} not found", e.CustomerId, e.OrderId); // CLEAN
                return;
            }

            customer.LoyaltyPoints += points;
            customer.LastOrderAt = DateTimeOffset.UtcNow;
            var previous = customer.Tier;
            customer.Tier = Tiers.First(t => customer.LoyaltyPoints >= t.Threshold).Tier;
            await customers.UpdateAsync(customer);
            _ledger.Enqueue(new LoyaltyLedgerEntry(e.CustomerId, e.OrderId, points, DateTimeOffset.UtcNow));

            logger.LogInformation("Awarded {Points} points to {CustomerEmail} for order {OrderId}", points, e.CustomerEmail, e.OrderId); // LEAK: PRIV003
            if (customer.Tier != previous)
            {
                logger.LogInformation("Customer {CustomerId} promoted from {Previous} to {Tier}", customer.Id, previous, customer.Tier); // CLEAN
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Loyalty update for order {OrderId} failed", e.OrderId); // CLEAN
        }
    }

    public int PointsEarnedSince(Guid customerId, DateTimeOffset since) =>
        _ledger.Where(entry => entry.CustomerId == customerId && entry.At >= since).Sum(entry => entry.Points);
}
