using PrivacyAnalyzers;

namespace Orders.Customers;

public sealed record AddressDto(string Line1, string? Line2, string PostalCode, string City, string CountryCode)
{
    public PostalAddress ToAddress() => new(Line1.Trim(), Line2?.Trim(), PostalCode.Trim().ToUpperInvariant(), City.Trim(), CountryCode.Trim().ToUpperInvariant());
}

public sealed record RegisterCustomerRequest(
    [PersonalData(DataCategory.Name)] string FullName,
    [PersonalData(DataCategory.Email)] string Email,
    [PersonalData(DataCategory.PhoneNumber)] string? Phone,
    [PersonalData(DataCategory.DateOfBirth)] DateOnly DateOfBirth,
    AddressDto? Address,
    string Market,
    SignupChannel Channel,
    bool MarketingOptIn);

public sealed record UpdateContactRequest(
    [PersonalData(DataCategory.Email)] string? Email,
    [PersonalData(DataCategory.PhoneNumber)] string? Phone,
    AddressDto? Address);

public sealed record RegistrationResult(Guid CustomerId, CustomerTier Tier, bool WelcomeEmailQueued);

public sealed record CustomerListItem(Guid Id, CustomerTier Tier, string Market, int LoyaltyPoints);

/// <summary>The analytics event for a completed sign-up.</summary>
public sealed record SignupCompletedEvent(string Market, string Channel, bool MarketingOptIn, string? ContactPhone);
