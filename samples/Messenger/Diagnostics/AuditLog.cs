using PrivacyAnalyzers;

namespace Messenger.Diagnostics;

/// <summary>The app's log. Logs are kept in-house, but personal data in them still needs a disclosure (PRIV003).</summary>
public static class AuditLog
{
    private static readonly List<string> Lines = new();

    public static int Count => Lines.Count;

    [DataSink(Recipient.Logging)]
    public static void Write(string line) => Lines.Add($"{DateTimeOffset.UtcNow:O} {line}");
}
