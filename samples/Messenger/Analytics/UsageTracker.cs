using Messenger.Accounts;
using Messenger.Privacy;

namespace Messenger.Analytics;

/// <summary>Product analytics: which features people use.</summary>
public sealed class UsageTracker
{
    private readonly IProductAnalytics _analytics;

    public UsageTracker(IProductAnalytics analytics)
    {
        _analytics = analytics;
    }

    public void SignedUp(Account account)
    {
        // Fine: the nickname is not personal data here.
        _analytics.Track("signed_up", account.DisplayName);

        // PRIV002: the user's city goes to an analytics company, and no disclosure tells users so.
        var region = account.City ?? "unknown";
        _analytics.Track("signed_up_region", region);

        // Fine: the anonymizer strips the phone number before it leaves.
        _analytics.Track("signed_up_country_code", Pii.Redact(account.PhoneNumber));
    }
}
