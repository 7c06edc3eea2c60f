using PrivacyAnalyzers;

namespace Orders.Customers;

public enum CustomerTier
{
    Standard,
    Silver,
    Gold,
}

public enum SignupChannel
{
    Web,
    MobileApp,
    Store,
    Partner,
}

/// <summary>A postal address. Every instance is personal data, whichever property it is stored in.</summary>
[PersonalData(DataCategory.PostalAddress)]
public sealed record PostalAddress(string Line1, string? Line2, string PostalCode, string City, string CountryCode)
{
    public string ToSingleLine() =>
        string.Join(", ", new[] { Line1, Line2, $"{PostalCode} {City}", CountryCode }.Where(part => !string.IsNullOrWhiteSpace(part)));
}

/// <summary>The customer entity, as the repository stores it.</summary>
public sealed class Customer
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [PersonalData(DataCategory.Name)]
    public string FullName { get; set; } = "";

    [PersonalData(DataCategory.Email)]
    public string Email { get; set; } = "";

    [PersonalData(DataCategory.PhoneNumber)]
    public string? Phone { get; set; }

    [PersonalData(DataCategory.DateOfBirth)]
    public DateOnly DateOfBirth { get; set; }

    public PostalAddress? ShippingAddress { get; set; }

    /// <summary>The storefront the customer signed up in ("de", "fr", "uk"...).</summary>
    public string Market { get; set; } = "uk";

    public CustomerTier Tier { get; set; } = CustomerTier.Standard;

    public SignupChannel Channel { get; set; }

    public bool MarketingOptIn { get; set; }

    public bool IsDeleted { get; set; }

    public int LoyaltyPoints { get; set; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? LastOrderAt { get; set; }

    public string FirstName => FullName.Split(' ', 2)[0];
}

/// <summary>What the API returns for a customer.</summary>
public sealed record CustomerProfile(
    Guid Id,
    [PersonalData(DataCategory.Name)] string FullName,
    [PersonalData(DataCategory.Email)] string Email,
    [PersonalData(DataCategory.PhoneNumber)] string? Phone,
    CustomerTier Tier,
    int LoyaltyPoints,
    int OrderCount)
{
    public static CustomerProfile From(Customer customer, int orderCount) =>
        new(customer.Id, customer.FullName, customer.Email, customer.Phone, customer.Tier, customer.LoyaltyPoints, orderCount);
}

/// <summary>The small view of a customer that the ordering path keeps in the cache.</summary>
public sealed record CustomerSummary(Guid Id, string DisplayName, string ContactEmail, CustomerTier Tier, string Market);
