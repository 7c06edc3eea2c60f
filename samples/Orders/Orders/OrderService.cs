using Orders.Analytics;
using Orders.Caching;
using Orders.Catalog;
using Orders.Customers;
using Orders.Email;
using Orders.Fulfilment;
using Orders.Infrastructure;
using Orders.Payments;

namespace Orders.Orders;

public sealed class OrderService(
    IOrderRepository orders,
    ICustomerRepository customers,
    CustomerSummaryCache customerCache,
    IProductCatalog catalog,
    PricingEngine pricing,
    PaymentService payments,
    NotificationService notifications,
    FulfilmentQueue fulfilment,
    IAnalyticsClient analytics,
    IClock clock,
    ILogger<OrderService> logger)
{
    public const int MaxLinesPerOrder = 30;

    public event EventHandler<OrderPlacedEventArgs>? OrderPlaced;

    public event Action<Guid, OrderStatus>? StatusChanged;

    public async Task<OrderResponse> PlaceOrderAsync(PlaceOrderRequest request, CancellationToken ct)
    {
        if (request.Lines.Count == 0 || request.Lines.Count > MaxLinesPerOrder)
        {
            throw new ValidationException(nameof(request.Lines), $"An order needs between 1 and {MaxLinesPerOrder} lines.");
        }

        if (!customerCache.TryGet(request.CustomerId, out var summary))
        {
            var found = await customers.FindAsync(request.CustomerId, ct) ?? throw new NotFoundException("Customer", request.CustomerId);
            summary = new CustomerSummary(found.Id, found.FirstName, found.Email, found.Tier, found.Market);
            customerCache.Set(found.Id, summary);
        }

        logger.LogDebug("Customer {CustomerId} ({Tier}, {Market}) resolved for checkout", summary.Id, summary.Tier, summary.Market); // CLEAN
        logger.LogInformation("Placing order for customer {CustomerId} <{ContactEmail}>", summary.Id, summary.ContactEmail); // LEAK: PRIV003

        var lines = new List<OrderLine>();
        var reserved = new List<(string Sku, int Quantity)>();
        try
        {
            foreach (var requested in request.Lines.GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase).Select(g => new OrderLineRequest(g.Key, g.Sum(l => l.Quantity))))
            {
                var product = catalog.Find(requested.Sku) ?? throw new ValidationException("sku", $"Unknown product {requested.Sku}.");
                if (!catalog.TryReserve(product.Sku, requested.Quantity))
                {
                    throw new ValidationException("quantity", $"Only {product.Stock} of {product.Sku} left in stock.");
                }

                reserved.Add((product.Sku, requested.Quantity));
                lines.Add(new OrderLine(product.Sku, product.Name, requested.Quantity, product.Price));
            }

            var price = pricing.Price(lines, summary.Tier, summary.Market, request.CouponCode, clock.Today);
            var order = new Order
            {
                Number = $"ORD-{await orders.NextSequenceAsync(ct)}",
                CustomerId = summary.Id,
                Market = summary.Market,
                Currency = summary.Market is "uk" ? "GBP" : "EUR",
                Lines = lines,
                Discount = price.Discount,
                ShippingFee = price.ShippingFee,
                CouponCode = request.CouponCode,
                CreatedAt = clock.UtcNow,
            };
            order.MoveTo(OrderStatus.AwaitingPayment, clock.UtcNow, "created");
            await orders.AddAsync(order, ct);
            logger.LogInformation("Order {OrderId} ({OrderNumber}) created with {LineCount} lines, total {Total} {Currency}, rules {Rules}", order.Id, order.Number, lines.Count, order.Total, order.Currency, price.AppliedRules); // CLEAN

            var payment = await payments.ChargeAsync(order, PaymentService.FromDto(request.Card), ct);
            order.PaymentReference = payment.PspReference;
            order.PaidAt = clock.UtcNow;
            order.MoveTo(OrderStatus.Paid, clock.UtcNow, "payment authorised");
            await orders.UpdateAsync(order, ct);
            reserved.Clear();
            StatusChanged?.Invoke(order.Id, order.Status);

            analytics.Track("order_placed", summary.Id.ToString(), new OrderPlacedEvent(order.Id, order.Lines.Count, order.Total, order.Currency, order.CouponCode is not null)); // CLEAN
            OrderPlaced?.Invoke(this, new OrderPlacedEventArgs(order.Id, summary.Id, summary.ContactEmail, order.Total, order.Lines.Sum(l => l.Quantity)));

            await EnqueueShipmentAsync(order, ct);
            await notifications.OrderConfirmedAsync(order, ct);
            return OrderResponse.From(order);
        }
        finally
        {
            foreach (var (sku, quantity) in reserved)
            {
                catalog.Release(sku, quantity);
            }
        }
    }

    private async Task EnqueueShipmentAsync(Order order, CancellationToken ct)
    {
        var customer = await customers.FindAsync(order.CustomerId, ct) ?? throw new NotFoundException("Customer", order.CustomerId);
        if (customer.ShippingAddress is null)
        {
            logger.LogWarning("Order {OrderId} has no shipping address; fulfilment waits for one", order.Id); // CLEAN
            return;
        }

        var items = order.Lines.Select(l => new ShipmentItem(l.Sku, l.ProductName, l.Quantity)).ToList();
        var request = new ShipmentRequest(order.Id, order.Number, customer.Id, customer.FullName, customer.ShippingAddress.ToSingleLine(), customer.ShippingAddress.CountryCode, items, clock.UtcNow);
        await fulfilment.EnqueueAsync(request, ct);
        logger.LogInformation("Order {OrderId} queued for fulfilment ({ItemCount} items, {Pending} pending)", order.Id, items.Count, fulfilment.Pending); // CLEAN
    }

    public async Task<OrderResponse> GetAsync(Guid id, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct) ?? throw new NotFoundException("Order", id);
        return OrderResponse.From(order);
    }

    public async Task<IReadOnlyList<OrderResponse>> ForCustomerAsync(Guid customerId, CancellationToken ct)
    {
        var list = await orders.ForCustomerAsync(customerId, ct);
        return list.Select(OrderResponse.From).ToList();
    }

    public async Task<OrderResponse> CancelAsync(Guid id, string reason, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct) ?? throw new NotFoundException("Order", id);
        if (order.Status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Cancelled or OrderStatus.Refunded)
        {
            throw new OrderStateException(order.Id, order.Status.ToString().ToLowerInvariant(), "cancelled");
        }

        var wasPaid = order.Status == OrderStatus.Paid;
        if (wasPaid && !await payments.RefundAsync(order, ct))
        {
            logger.LogError("Refund failed for order {OrderId}; leaving it {Status}", order.Id, order.Status); // CLEAN
            throw new OrderStateException(order.Id, order.Status.ToString().ToLowerInvariant(), "refunded");
        }

        foreach (var line in order.Lines)
        {
            catalog.Release(line.Sku, line.Quantity);
        }

        order.MoveTo(wasPaid ? OrderStatus.Refunded : OrderStatus.Cancelled, clock.UtcNow, reason);
        await orders.UpdateAsync(order, ct);
        StatusChanged?.Invoke(order.Id, order.Status);
        logger.LogInformation("Order {OrderId} moved to {Status} after {HistoryCount} changes", order.Id, order.Status, order.History.Count); // CLEAN
        return OrderResponse.From(order);
    }

    public async Task MarkShippedAsync(Guid id, string trackingNumber, CancellationToken ct)
    {
        var order = await orders.FindAsync(id, ct) ?? throw new NotFoundException("Order", id);
        if (order.Status != OrderStatus.Paid)
        {
            throw new OrderStateException(order.Id, order.Status.ToString().ToLowerInvariant(), "shipped");
        }

        order.TrackingNumber = trackingNumber;
        order.MoveTo(OrderStatus.Shipped, clock.UtcNow, "handed to carrier");
        await orders.UpdateAsync(order, ct);
        StatusChanged?.Invoke(order.Id, order.Status);
        await notifications.OrderShippedAsync(order, ct);
    }
}
