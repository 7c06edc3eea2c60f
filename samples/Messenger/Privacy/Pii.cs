using PrivacyAnalyzers;

namespace Messenger.Privacy;

public static class Pii
{
    /// <summary>Keeps the country calling code of a phone number and nothing else: "+44 20 7946 0958" → "+44".</summary>
    [Anonymizer(DataCategory.PhoneNumber)]
    public static string Redact(string phoneNumber)
    {
        var trimmed = phoneNumber.TrimStart();
        var end = trimmed.IndexOf(' ');
        return end > 0 ? trimmed.Substring(0, end) : "unknown";
    }
}
