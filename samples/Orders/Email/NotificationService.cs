using Orders.Customers;
using Orders.Infrastructure;
using Orders.Orders;
using Orders.Privacy;

namespace Orders.Email;

/// <summary>Order e-mails. Failures are logged and never fail the order.</summary>
public sealed class NotificationService(ICustomerRepository customers, IEmailSender email, ILogger<NotificationService> logger)
{
    private int _failures;

    public int Failures => _failures;

    public async Task OrderConfirmedAsync(Order order, CancellationToken ct)
    {
        var customer = await customers.FindAsync(order.CustomerId, ct) ?? throw new NotFoundException("Customer", order.CustomerId);
        var body = EmailTemplates.OrderConfirmation(
            customer.FirstName,
            order.Number,
            order.Lines.Select(l => (l.ProductName, l.Quantity, l.LineTotal)),
            order.Total,
            order.Market);
        var message = new EmailMessage(customer.Email, $"Your order {order.Number}", body, "order-confirmation-v5", new Dictionary<string, string> { ["order"] = order.Number });
        await SendLoggedAsync(message, order.Id, ct);
    }

    public async Task OrderShippedAsync(Order order, CancellationToken ct)
    {
        var customer = await customers.FindAsync(order.CustomerId, ct);
        if (customer is null)
        {
            logger.LogWarning("Order {OrderId} shipped for a customer who no longer exists", order.Id); // CLEAN
            return;
        }

        var trackingUrl = $"https://track.example-carrier.com/{Uri.EscapeDataString(order.TrackingNumber ?? "")}";
        var message = new EmailMessage(customer.Email, $"Order {order.Number} has shipped", EmailTemplates.Shipped(customer.FirstName, order.Number, trackingUrl), "order-shipped-v2");
        await SendLoggedAsync(message, order.Id, ct);
        logger.LogInformation("Shipping notice for order {OrderId} to {Recipient}", order.Id, Redaction.MaskEmail(customer.Email)); // CLEAN
    }

    private async Task SendLoggedAsync(EmailMessage message, Guid orderId, CancellationToken ct)
    {
        try
        {
            var accepted = await email.SendAsync(message, ct); // CLEAN
            if (!accepted)
            {
                Interlocked.Increment(ref _failures);
            }

            logger.LogInformation("E-mail {TemplateId} for order {OrderId} accepted: {Accepted}", message.TemplateId, orderId, accepted); // CLEAN
        }
        catch (HttpRequestException ex)
        {
            Interlocked.Increment(ref _failures);
            logger.LogError(ex, "E-mail {TemplateId} for order {OrderId} could not be sent ({Failures} failures so far)", message.TemplateId, orderId, _failures); // CLEAN
        }
    }
}
