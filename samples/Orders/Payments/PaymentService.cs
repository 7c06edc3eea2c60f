using Orders.Analytics;
using Orders.Infrastructure;
using Orders.Orders;
using Orders.Privacy;

namespace Orders.Payments;

public sealed class PaymentService(IPaymentGateway gateway, IAnalyticsClient analytics, IClock clock, ILogger<PaymentService> logger)
{
    private static readonly TimeSpan[] RetryDelays = { TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(800) };

    public static PaymentCard FromDto(PaymentCardDto dto) => new()
    {
        Number = new string(dto.Number.Where(char.IsDigit).ToArray()),
        Cvc = dto.Cvc,
        ExpiryMonth = dto.ExpiryMonth,
        ExpiryYear = dto.ExpiryYear < 100 ? 2000 + dto.ExpiryYear : dto.ExpiryYear,
        HolderName = dto.HolderName.Trim(),
    };

    public async Task<PaymentResult> ChargeAsync(Order order, PaymentCard card, CancellationToken ct)
    {
        if (card.IsExpired(clock.Today))
        {
            logger.LogInformation("Order {OrderId}: card expired ({Scheme})", order.Id, card.Scheme); // CLEAN
            throw new PaymentDeclinedException(order.Id, "The card has expired.");
        }

        logger.LogDebug($"Authorising card {card.Number} exp {card.ExpiryMonth:D2}/{card.ExpiryYear} for order {order.Number}"); // LEAK: PRIV001

        PaymentResult? result = null;
        for (var attempt = 0; attempt <= RetryDelays.Length; attempt++)
        {
            result = await gateway.AuthoriseAsync(card, order.Total, order.Currency, order.Number, ct); // CLEAN
            if (result.Outcome != PaymentOutcome.Error || attempt == RetryDelays.Length)
            {
                break;
            }

            logger.LogWarning("Gateway error on order {OrderId}, attempt {Attempt}; retrying", order.Id, attempt + 1); // CLEAN
            await Task.Delay(RetryDelays[attempt], ct);
        }

        if (result is null || !result.Succeeded)
        {
            var reason = result?.RefusalReason ?? "unknown";
            analytics.Track("payment_failed", order.CustomerId.ToString(), new PaymentFailedEvent(order.Id, card.Number[..6], reason)); // LEAK: PRIV001
            logger.LogInformation("Payment refused for order {OrderId}: {Reason}", order.Id, reason); // CLEAN
            throw new PaymentDeclinedException(order.Id, reason);
        }

        logger.LogInformation("Charged {Amount} {Currency} for order {OrderId} to card ending {Last4}", order.Total, order.Currency, order.Id, Redaction.CardLast4(card.Number)); // CLEAN
        return result;
    }

    public async Task<bool> RefundAsync(Order order, CancellationToken ct)
    {
        if (order.PaymentReference is null)
        {
            logger.LogWarning("Order {OrderId} has no payment to refund", order.Id); // CLEAN
            return false;
        }

        var refund = await gateway.RefundAsync(order.PaymentReference, order.Total, order.Currency, ct);
        logger.LogInformation("Refund for order {OrderId}: accepted {Accepted}, reference {Reference}", order.Id, refund.Accepted, refund.PspReference); // CLEAN
        return refund.Accepted;
    }
}
