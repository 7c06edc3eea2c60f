using Messenger.Diagnostics;
using Messenger.Email;

namespace Messenger.Accounts;

/// <summary>Signs users up and verifies their e-mail.</summary>
public sealed class AccountService
{
    private readonly Dictionary<Guid, Account> _accounts = new();
    private readonly IEmailDelivery _email;

    public AccountService(IEmailDelivery email)
    {
        _email = email;
    }

    public IReadOnlyCollection<Account> All => _accounts.Values;

    public Account SignUp(string phoneNumber, string displayName, string? email, string? city)
    {
        var account = new Account { PhoneNumber = phoneNumber, DisplayName = displayName, Email = email, City = city };
        _accounts[account.Id] = account;

        // Fine: the account id is not personal data.
        AuditLog.Write("Account created: " + account.Id);

        // PRIV003: the phone number goes to the logs, and no disclosure says so.
        AuditLog.Write($"Verification code sent to {account.PhoneNumber}");

        if (account.Email is { } address)
        {
            // Fine: e-mail to a processor, disclosed as "Account e-mails".
            _email.Send(address, "Welcome to Messenger", $"Hi {account.DisplayName}, please confirm your address.");
        }

        return account;
    }
}
