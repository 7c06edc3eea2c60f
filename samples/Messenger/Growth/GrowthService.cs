using System.Security.Cryptography;
using System.Text;
using Messenger.Accounts;
using Messenger.Contacts;

namespace Messenger.Growth;

/// <summary>
/// The new growth module: "help our parent company find people who would like Messenger".
/// Every upload of a phone number below breaks the promise in PrivacyPolicy.cs (PRIV001).
/// </summary>
public sealed class GrowthService
{
    private readonly IAudienceUploader _ads;
    private readonly ContactBook _contacts;

    public GrowthService(IAudienceUploader ads, ContactBook contacts)
    {
        _ads = ads;
        _contacts = contacts;
    }

    public void ShareNewAccount(Account account)
    {
        // PRIV001: straight from the account.
        _ads.Upload("messenger-signups", account.PhoneNumber);

        // PRIV001: through a local and a concatenation ("tel:" URIs are what the ad network matches).
        var phone = account.PhoneNumber;
        _ads.Upload("messenger-signups", "tel:" + phone);

        // PRIV001: through a helper that normalizes the number.
        _ads.Upload("messenger-signups-e164", ToE164(account.PhoneNumber));

        // PRIV001: "we only share hashes" is no excuse; hashed numbers are exactly what audience matching uses.
        var hashed = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(phone)));
        _ads.Upload("messenger-signups-sha256", hashed);

        // Fine: a display name is not personal data here, and the account id says nothing about the user.
        _ads.Upload("messenger-nicknames", account.DisplayName + "/" + account.Id);
    }

    public void ShareAddressBook(Account owner)
    {
        foreach (var contact in _contacts.Of(owner.Id))
        {
            // PRIV001: a contact's phone number, in an interpolated string.
            _ads.Upload("friends-of-messenger-users", $"{contact.PhoneNumber}");
        }
    }

    private static string ToE164(string phoneNumber)
    {
        var digits = new string(phoneNumber.Where(char.IsDigit).ToArray());
        return "+" + digits;
    }
}
