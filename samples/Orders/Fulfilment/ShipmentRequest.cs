namespace Orders.Fulfilment;

public sealed record ShipmentItem(string Sku, string Name, int Quantity);

/// <summary>What the order path hands to the fulfilment worker.</summary>
public sealed record ShipmentRequest(
    Guid OrderId,
    string OrderNumber,
    Guid CustomerId,
    string RecipientName,
    string DeliveryAddress,
    string CountryCode,
    IReadOnlyList<ShipmentItem> Items,
    DateTimeOffset RequestedAt)
{
    public int Attempt { get; init; }
}

public sealed record CarrierBooking(string TrackingNumber, string Carrier, DateOnly EstimatedDelivery);

public sealed class ShippingException(string message, bool retryable) : Exception(message)
{
    public bool Retryable { get; } = retryable;
}
