using Microsoft.ApplicationInsights;
using Sentry;
using Shop.Customers;
using Shop.Email;
using Shop.Payments;

namespace Shop.Orders;

/// <summary>Places an order: charges the card, e-mails a confirmation, logs, and counts checkouts.</summary>
public sealed class CheckoutService(IPaymentGateway payments, IMailer mailer, TelemetryClient telemetry, ILogger<CheckoutService> logger)
{
    public async Task<string> PlaceAsync(Customer customer, Order order)
    {
        string status;
        try
        {
            status = await payments.ChargeAsync(order.CardToken, order.Total);
        }
        catch (Stripe.StripeException e)
        {
            SentrySdk.CaptureMessage($"Payment failed for {customer.Email}: {e.StripeError?.Code}");
            throw;
        }

        logger.LogInformation("Order {OrderId} paid by {Email}", order.Id, customer.Email);
        await mailer.SendAsync(customer.Email, $"Order {order.Id} confirmed", $"Thank you! We will deliver to {customer.DeliveryAddress}.");

        // Added to find slow deliveries by region. Application Insights is our processor, but the
        // telemetry is product analytics, and the policy never told customers about their address (PRIV002).
        telemetry.TrackEvent("checkout", new Dictionary<string, string>
        {
            ["total"] = order.Total.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["deliverTo"] = customer.DeliveryAddress,
        });
        return status;
    }
}
