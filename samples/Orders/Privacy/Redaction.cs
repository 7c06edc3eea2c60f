using PrivacyAnalyzers;

namespace Orders.Privacy;

/// <summary>Masking helpers for places where we must show that a value exists without showing it.</summary>
public static class Redaction
{
    [Anonymizer(DataCategory.Email)]
    public static string MaskEmail(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return "(none)";
        }

        var at = email.IndexOf('@');
        return at <= 1 ? "***" : $"{email[0]}***@***";
    }

    [Anonymizer(DataCategory.PhoneNumber)]
    public static string MaskPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "(none)";
        }

        return phone.Length <= 4 ? "****" : new string('*', phone.Length - 2) + phone[^2..];
    }

    /// <summary>The last four digits, which card schemes allow on receipts and in support tools.</summary>
    [Anonymizer(DataCategory.CreditCard)]
    public static string CardLast4(string cardNumber)
    {
        var digits = new string(cardNumber.Where(char.IsDigit).ToArray());
        return digits.Length < 4 ? "????" : digits[^4..];
    }
}
