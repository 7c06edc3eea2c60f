using PrivacyAnalyzers;

namespace Messenger.Contacts;

/// <summary>An entry of the user's address book, uploaded to find friends on the messenger.</summary>
public sealed class Contact
{
    [PersonalData(DataCategory.Name)]
    public string Name { get; init; } = "";

    [PersonalData(DataCategory.PhoneNumber)]
    public string PhoneNumber { get; init; } = "";
}
