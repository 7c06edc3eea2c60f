using PrivacyAnalyzers.Naming;
using Xunit;

namespace PrivacyAnalyzers.Tests.Naming;

public sealed class NameTokenizerTests
{
    [Theory]
    [InlineData("phoneNumber", "phone number")]
    [InlineData("PhoneNumber", "phone number")]
    [InlineData("phone_number", "phone number")]
    [InlineData("_phone-number", "phone number")]
    [InlineData("IPAddress", "ip address")]
    [InlineData("customerIPAddress2", "customer ip address 2")]
    [InlineData("userSSN", "user ssn")]
    [InlineData("DOB", "dob")]
    [InlineData("AddressLine1", "address line 1")]
    [InlineData("IPv4Address", "ipv 4 address")]
    [InlineData("E_Mail", "e mail")]
    public void Splits_identifiers_into_lower_case_words(string identifier, string words) =>
        Assert.Equal(words, string.Join(" ", NameTokenizer.Split(identifier)));

    [Theory]
    [InlineData("PhoneNumber", "Text", "PhoneNumber")]
    [InlineData("PhoneNumberFormat", "Text", null)]
    [InlineData("EmailAddress", "Text", "Email")]
    [InlineData("ServerAddress", "Text", null)]
    [InlineData("Latitude", "Number", "PreciseLocation")]
    [InlineData("Email", "Number", null)]
    [InlineData("Pin", "Number", null)]
    [InlineData("Birthday", "Date", "DateOfBirth")]
    [InlineData("Phone", "Excluded", null)]
    [InlineData("IsEmailConfirmed", "Text", null)]
    [InlineData("Addresses", "Other", "PostalAddress")]
    public void Classifies_names(string name, string kind, string? expected) =>
        Assert.Equal(expected, PersonalNameClassifier.Classify(name, Enum.Parse<ValueKind>(kind)));
}
