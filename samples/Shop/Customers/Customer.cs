using PrivacyAnalyzers;

namespace Shop.Customers;

public sealed class Customer
{
    public int Id { get; init; }

    [PersonalData(DataCategory.Name)]
    public string Name { get; init; } = "";

    [PersonalData(DataCategory.Email)]
    public string Email { get; init; } = "";

    [PersonalData(DataCategory.PhoneNumber)]
    public string Phone { get; init; } = "";

    [PersonalData(DataCategory.PostalAddress)]
    public string DeliveryAddress { get; init; } = "";
}
