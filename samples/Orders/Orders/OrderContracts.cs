using PrivacyAnalyzers;

namespace Orders.Orders;

public sealed record OrderLineRequest(string Sku, int Quantity);

public sealed record PaymentCardDto(
    [PersonalData(DataCategory.CreditCard)] string Number,
    int ExpiryMonth,
    int ExpiryYear,
    [PersonalData(DataCategory.CreditCard)] string Cvc,
    [PersonalData(DataCategory.Name)] string HolderName);

public sealed record PlaceOrderRequest(Guid CustomerId, IReadOnlyList<OrderLineRequest> Lines, PaymentCardDto Card, string? CouponCode);

public sealed record OrderResponse(Guid Id, string Number, OrderStatus Status, decimal Total, string Currency, int ItemCount, string? TrackingNumber)
{
    public static OrderResponse From(Order order) =>
        new(order.Id, order.Number, order.Status, order.Total, order.Currency, order.Lines.Sum(l => l.Quantity), order.TrackingNumber);
}

/// <summary>Raised after an order is paid; loyalty and notifications subscribe.</summary>
public sealed class OrderPlacedEventArgs(Guid orderId, Guid customerId, string customerEmail, decimal total, int itemCount) : EventArgs
{
    public Guid OrderId { get; } = orderId;

    public Guid CustomerId { get; } = customerId;

    public string CustomerEmail { get; } = customerEmail;

    public decimal Total { get; } = total;

    public int ItemCount { get; } = itemCount;
}

public sealed record OrderPlacedEvent(Guid OrderId, int LineCount, decimal Total, string Currency, bool UsedCoupon);

public sealed record PaymentFailedEvent(Guid OrderId, string CardBin, string RefusalReason);
