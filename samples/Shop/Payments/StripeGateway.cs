using Stripe;

namespace Shop.Payments;

public sealed class StripeGateway(PaymentIntentService payments) : IPaymentGateway
{
    public async Task<string> ChargeAsync(string cardToken, decimal amount)
    {
        var intent = await payments.CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = (long)(amount * 100),
            Currency = "eur",
            PaymentMethod = cardToken,
            Confirm = true,
        });
        return intent.Status;
    }
}
