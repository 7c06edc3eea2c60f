using Orders.Assistant;
using Orders.Orders;

namespace Orders.Fulfilment;

/// <summary>Books a carrier for each paid order and prints a delivery note, one request at a time.</summary>
public sealed class FulfilmentWorker(
    FulfilmentQueue queue,
    ICarrierClient carrier,
    OrderAssistant assistant,
    IServiceScopeFactory scopes,
    ILogger<FulfilmentWorker> logger) : BackgroundService
{
    private const int MaxAttempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Fulfilment worker started"); // CLEAN
        await foreach (var request in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await ProcessAsync(request, stoppingToken);
            }
            catch (ShippingException ex) when (ex.Retryable && request.Attempt < MaxAttempts)
            {
                logger.LogWarning("Shipment for order {OrderId} failed on attempt {Attempt}; requeued", request.OrderId, request.Attempt + 1); // CLEAN
                queue.TryRequeue(request);
            }
            catch (ShippingException ex)
            {
                logger.LogError(ex, "Shipment for order {OrderId} failed permanently after {Attempts} attempts", request.OrderId, request.Attempt + 1); // LEAK: PRIV003
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Fulfilment of order {OrderId} crashed", request.OrderId); // CLEAN
            }
            finally
            {
                queue.MarkDone();
            }
        }
    }

    private async Task ProcessAsync(ShipmentRequest request, CancellationToken ct)
    {
        logger.LogInformation("Fulfilling order {OrderId}: {ItemCount} items for customer {CustomerId}, queued {Waited} ago", request.OrderId, request.Items.Count, request.CustomerId, DateTimeOffset.UtcNow - request.RequestedAt); // CLEAN

        var booking = await carrier.BookAsync(request, ct);
        var note = await assistant.DraftDeliveryNoteAsync(request, booking, ct);
        logger.LogDebug("Delivery note for order {OrderId} has {Length} characters", request.OrderId, note.Length); // CLEAN

        using var scope = scopes.CreateScope();
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        await orders.MarkShippedAsync(request.OrderId, booking.TrackingNumber, ct);
        logger.LogInformation("Order {OrderId} booked with {Carrier}, tracking {TrackingNumber}, due {Due}", request.OrderId, booking.Carrier, booking.TrackingNumber, booking.EstimatedDelivery); // CLEAN
    }
}
