namespace Orders.Fulfilment;

public interface ICarrierClient
{
    Task<CarrierBooking> BookAsync(ShipmentRequest request, CancellationToken ct);
}

/// <summary>The warehouse's carrier integration (a stub here: it refuses addresses it cannot route).</summary>
public sealed class CarrierClient : ICarrierClient
{
    private static readonly HashSet<string> Served = new(StringComparer.OrdinalIgnoreCase) { "GB", "IE", "DE", "FR", "NL" };

    public async Task<CarrierBooking> BookAsync(ShipmentRequest request, CancellationToken ct)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(25), ct);
        if (!Served.Contains(request.CountryCode))
        {
            throw new ShippingException($"No carrier serves {request.CountryCode} for order {request.OrderNumber}.", retryable: false);
        }

        if (request.DeliveryAddress.Length < 10 || !request.DeliveryAddress.Any(char.IsDigit))
        {
            throw new ShippingException($"Carrier could not route address '{request.DeliveryAddress}'.", retryable: false);
        }

        var carrier = request.CountryCode.Equals("GB", StringComparison.OrdinalIgnoreCase) ? "Royal Mail" : "DHL";
        var days = request.Items.Sum(i => i.Quantity) > 10 ? 4 : 2;
        var tracking = $"{carrier[..2].ToUpperInvariant()}{Random.Shared.Next(10_000_000, 99_999_999)}";
        return new CarrierBooking(tracking, carrier, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(days)));
    }
}
