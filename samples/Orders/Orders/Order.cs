namespace Orders.Orders;

public enum OrderStatus
{
    Draft,
    AwaitingPayment,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
}

public sealed record OrderLine(string Sku, string ProductName, int Quantity, decimal UnitPrice)
{
    public decimal LineTotal => UnitPrice * Quantity;
}

public sealed class Order
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public string Number { get; init; } = "";

    public Guid CustomerId { get; init; }

    public string Market { get; init; } = "uk";

    public string Currency { get; init; } = "GBP";

    public List<OrderLine> Lines { get; init; } = new();

    public decimal Subtotal => Lines.Sum(l => l.LineTotal);

    public decimal Discount { get; set; }

    public decimal ShippingFee { get; set; }

    public decimal Total => Subtotal - Discount + ShippingFee;

    public OrderStatus Status { get; set; } = OrderStatus.Draft;

    public string? PaymentReference { get; set; }

    public string? TrackingNumber { get; set; }

    public string? CouponCode { get; set; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? PaidAt { get; set; }

    public List<OrderStatusChange> History { get; } = new();

    public void MoveTo(OrderStatus next, DateTimeOffset at, string reason)
    {
        History.Add(new OrderStatusChange(Status, next, at, reason));
        Status = next;
    }
}

public sealed record OrderStatusChange(OrderStatus From, OrderStatus To, DateTimeOffset At, string Reason);
