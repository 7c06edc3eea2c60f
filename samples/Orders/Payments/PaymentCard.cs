using PrivacyAnalyzers;

namespace Orders.Payments;

public sealed class PaymentCard
{
    [PersonalData(DataCategory.CreditCard)]
    public string Number { get; init; } = "";

    [PersonalData(DataCategory.CreditCard)]
    public string Cvc { get; init; } = "";

    public int ExpiryMonth { get; init; }

    public int ExpiryYear { get; init; }

    [PersonalData(DataCategory.Name)]
    public string HolderName { get; init; } = "";

    public bool IsExpired(DateOnly today) =>
        ExpiryYear < today.Year || (ExpiryYear == today.Year && ExpiryMonth < today.Month);

    public string Scheme => Number.StartsWith('4') ? "visa" : Number.StartsWith('5') ? "mastercard" : Number.StartsWith('3') ? "amex" : "other";
}

public enum PaymentOutcome
{
    Authorised,
    Refused,
    Error,
}

public sealed record PaymentResult(PaymentOutcome Outcome, string? PspReference, string RefusalReason)
{
    public bool Succeeded => Outcome == PaymentOutcome.Authorised;
}

public sealed record RefundResult(bool Accepted, string? PspReference);
