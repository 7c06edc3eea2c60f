using Messenger.Accounts;
using Messenger.Privacy;

namespace Messenger.Analytics;

/// <summary>Engagement analytics keyed by e-mail address, which users must opt in to (see PrivacyPolicy.cs).</summary>
public sealed class EngagementTracker
{
    private readonly IProductAnalytics _analytics;
    private readonly ConsentStore _consents;

    public EngagementTracker(IProductAnalytics analytics, ConsentStore consents)
    {
        _analytics = analytics;
        _consents = consents;
    }

    public void WeeklyDigestOpened(Account account)
    {
        // Fine: nothing leaves unless the user opted in.
        if (!_consents.AllowsAnalytics(account.Id))
        {
            return;
        }

        _analytics.Track("digest_opened", account.Email ?? "");
    }

    public void Reengage(Account account)
    {
        // PRIV001: a growth experiment sends the e-mail address without asking the user's choice.
        _analytics.Track("reengage_candidate", account.Email ?? "");
    }
}
