using PrivacyAnalyzers;

namespace Messenger.Privacy;

/// <summary>What each user agreed to in the app's privacy settings.</summary>
public sealed class ConsentStore
{
    private readonly HashSet<Guid> _analyticsOptIns = new();

    public void OptInToAnalytics(Guid accountId) => _analyticsOptIns.Add(accountId);

    /// <summary>True when the user opted in to product analytics: the check the e-mail promise asks for.</summary>
    [ConsentCheck(Recipient.Analytics)]
    public bool AllowsAnalytics(Guid accountId) => _analyticsOptIns.Contains(accountId);
}
