using PrivacyAnalyzers;

namespace Messenger.Accounts;

/// <summary>A user of the messenger. The phone number is the account's identity.</summary>
public sealed class Account
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [PersonalData(DataCategory.PhoneNumber)]
    public string PhoneNumber { get; init; } = "";

    /// <summary>A nickname the user chooses; shown to contacts, not treated as personal data.</summary>
    public string DisplayName { get; set; } = "";

    [PersonalData(DataCategory.Email)]
    public string? Email { get; set; }

    /// <summary>The city the user signed up from, for regional features.</summary>
    [PersonalData(DataCategory.ImpreciseLocation)]
    public string? City { get; set; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}
