using Orders.Customers;

namespace Orders.Orders;

public sealed record Coupon(string Code, decimal PercentOff, decimal MinimumSubtotal, DateOnly ValidUntil, string? Market = null);

public sealed record PriceBreakdown(decimal Subtotal, decimal Discount, decimal ShippingFee, IReadOnlyList<string> AppliedRules)
{
    public decimal Total => Subtotal - Discount + ShippingFee;
}

/// <summary>Discounts and shipping fees. Pure functions of the cart, the tier and the market.</summary>
public sealed class PricingEngine
{
    private static readonly IReadOnlyDictionary<string, decimal> ShippingByMarket = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["uk"] = 3.95m,
        ["ie"] = 6.50m,
        ["de"] = 5.90m,
        ["fr"] = 5.90m,
        ["nl"] = 5.50m,
    };

    private static readonly IReadOnlyDictionary<CustomerTier, decimal> TierDiscount = new Dictionary<CustomerTier, decimal>
    {
        [CustomerTier.Standard] = 0m,
        [CustomerTier.Silver] = 0.05m,
        [CustomerTier.Gold] = 0.10m,
    };

    private readonly List<Coupon> _coupons =
    [
        new("WELCOME10", 10m, 20m, new DateOnly(2030, 12, 31)),
        new("TEATIME", 15m, 50m, new DateOnly(2030, 6, 30), "uk"),
        new("HERBST", 12m, 30m, new DateOnly(2030, 11, 30), "de"),
    ];

    public decimal FreeShippingThreshold { get; init; } = 45m;

    public PriceBreakdown Price(IReadOnlyCollection<OrderLine> lines, CustomerTier tier, string market, string? couponCode, DateOnly today)
    {
        var rules = new List<string>();
        var subtotal = lines.Sum(l => l.LineTotal);

        var discount = Math.Round(subtotal * TierDiscount[tier], 2, MidpointRounding.AwayFromZero);
        if (discount > 0)
        {
            rules.Add($"tier:{tier.ToString().ToLowerInvariant()}");
        }

        var coupon = FindCoupon(couponCode, market, today);
        if (coupon is not null && subtotal >= coupon.MinimumSubtotal)
        {
            var couponDiscount = Math.Round(subtotal * coupon.PercentOff / 100m, 2, MidpointRounding.AwayFromZero);
            if (couponDiscount > discount)
            {
                discount = couponDiscount;
                rules.RemoveAll(r => r.StartsWith("tier:", StringComparison.Ordinal));
                rules.Add($"coupon:{coupon.Code}");
            }
        }

        var shipping = subtotal - discount >= FreeShippingThreshold ? 0m : ShippingByMarket.GetValueOrDefault(market, 7.50m);
        if (shipping == 0m)
        {
            rules.Add("free-shipping");
        }

        return new PriceBreakdown(subtotal, discount, shipping, rules);
    }

    public Coupon? FindCoupon(string? code, string market, DateOnly today) =>
        code is null
            ? null
            : _coupons.FirstOrDefault(c =>
                c.Code.Equals(code.Trim(), StringComparison.OrdinalIgnoreCase)
                && c.ValidUntil >= today
                && (c.Market is null || c.Market.Equals(market, StringComparison.OrdinalIgnoreCase)));
}
