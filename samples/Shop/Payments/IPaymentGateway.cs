using PrivacyAnalyzers;

namespace Shop.Payments;

/// <summary>Card payments through Stripe, our processor. The catalog does not know Stripe, so the wrapper says where data goes.</summary>
[DataSink(Recipient.Processor, Party = "Stripe")]
public interface IPaymentGateway
{
    Task<string> ChargeAsync(string cardToken, decimal amount);
}
