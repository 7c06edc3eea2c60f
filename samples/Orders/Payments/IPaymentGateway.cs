using PrivacyAnalyzers;

namespace Orders.Payments;

/// <summary>Adyen, our payment processor. Card data may go here and only here.</summary>
[DataSink(Recipient.Processor, Party = "Adyen")]
public interface IPaymentGateway
{
    Task<PaymentResult> AuthoriseAsync(PaymentCard card, decimal amount, string currency, string merchantReference, CancellationToken ct = default);

    Task<RefundResult> RefundAsync(string pspReference, decimal amount, string currency, CancellationToken ct = default);
}

/// <summary>A sandbox gateway: cards ending in 0002 are refused, the rest authorised.</summary>
public sealed class AdyenSandboxGateway(ILogger<AdyenSandboxGateway> logger) : IPaymentGateway
{
    private int _counter;

    public async Task<PaymentResult> AuthoriseAsync(PaymentCard card, decimal amount, string currency, string merchantReference, CancellationToken ct = default)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(40), ct);
        var reference = $"PSP{Interlocked.Increment(ref _counter):D10}";
        var refused = card.Number.EndsWith("0002", StringComparison.Ordinal);
        logger.LogDebug("Sandbox authorisation {Reference} for {MerchantReference}: {Refused}", reference, merchantReference, refused); // CLEAN
        return refused
            ? new PaymentResult(PaymentOutcome.Refused, reference, "Refused")
            : new PaymentResult(PaymentOutcome.Authorised, reference, "");
    }

    public Task<RefundResult> RefundAsync(string pspReference, decimal amount, string currency, CancellationToken ct = default) =>
        Task.FromResult(new RefundResult(true, pspReference + "-R"));
}
