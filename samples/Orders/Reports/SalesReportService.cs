using Orders.Customers;
using Orders.Orders;

namespace Orders.Reports;

public sealed record DailySales(DateOnly Day, int Orders, decimal Revenue, decimal AverageBasket);

public sealed record TopProduct(string Sku, string Name, int Units, decimal Revenue);

public sealed record TierShare(CustomerTier Tier, int Customers, decimal Revenue);

public sealed record SalesReport(DateOnly From, DateOnly To, IReadOnlyList<DailySales> Days, IReadOnlyList<TopProduct> TopProducts, IReadOnlyList<TierShare> Tiers, int CancelledOrders);

/// <summary>The numbers the shop managers look at each morning.</summary>
public sealed class SalesReportService(IOrderRepository orders, ICustomerRepository customers, ILogger<SalesReportService> logger)
{
    private static readonly OrderStatus[] Counted = { OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Delivered };

    public async Task<SalesReport> BuildAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to < from)
        {
            throw new ArgumentException($"The report period ends ({to}) before it starts ({from}).", nameof(to));
        }

        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var inPeriod = await orders.InPeriodAsync(start, end, ct);
        var counted = inPeriod.Where(o => Counted.Contains(o.Status)).ToList();

        var days = counted
            .GroupBy(o => DateOnly.FromDateTime(o.CreatedAt.UtcDateTime))
            .OrderBy(g => g.Key)
            .Select(g => new DailySales(g.Key, g.Count(), g.Sum(o => o.Total), Math.Round(g.Average(o => o.Total), 2)))
            .ToList();

        var topProducts = counted
            .SelectMany(o => o.Lines)
            .GroupBy(l => (l.Sku, l.ProductName))
            .Select(g => new TopProduct(g.Key.Sku, g.Key.ProductName, g.Sum(l => l.Quantity), g.Sum(l => l.LineTotal)))
            .OrderByDescending(p => p.Revenue)
            .Take(10)
            .ToList();

        var all = await customers.ListAsync(ct: ct);
        var tierById = all.ToDictionary(c => c.Id, c => c.Tier);
        var tiers = counted
            .GroupBy(o => tierById.GetValueOrDefault(o.CustomerId, CustomerTier.Standard))
            .Select(g => new TierShare(g.Key, g.Select(o => o.CustomerId).Distinct().Count(), g.Sum(o => o.Total)))
            .OrderBy(t => t.Tier)
            .ToList();

        var cancelled = inPeriod.Count(o => o.Status is OrderStatus.Cancelled or OrderStatus.Refunded);
        logger.LogInformation("Sales report {From}..{To}: {Orders} orders, {Revenue} revenue, {Cancelled} cancelled", from, to, counted.Count, counted.Sum(o => o.Total), cancelled); // CLEAN

        var biggest = counted.OrderByDescending(o => o.Total).FirstOrDefault();
        if (biggest is not null)
        {
            logger.LogInformation("Largest order {OrderNumber} by customer {CustomerId}: {Total}", biggest.Number, biggest.CustomerId, biggest.Total); // CLEAN
        }

        return new SalesReport(from, to, days, topProducts, tiers, cancelled);
    }

    /// <summary>Customers who have not ordered for a while, for the win-back campaign (ids only; marketing joins the rest).</summary>
    public async Task<IReadOnlyList<Guid>> LapsedCustomersAsync(TimeSpan inactiveFor, CancellationToken ct)
    {
        var cutoff = DateTimeOffset.UtcNow - inactiveFor;
        var lapsed = await customers.ListAsync(c => c.MarketingOptIn && (c.LastOrderAt ?? c.CreatedAt) < cutoff, ct);
        var ids = lapsed.Select(c => c.Id).ToList();
        logger.LogInformation("{Count} lapsed customers, first {FirstIds}", ids.Count, string.Join(",", ids.Take(5))); // CLEAN
        return ids;
    }
}
