using Messenger.Accounts;
using Messenger.Analytics;
using Messenger.Contacts;
using Messenger.Email;
using Messenger.Growth;
using Messenger.Messaging;
using Messenger.Privacy;

// A day in the life of the messenger, with in-memory stand-ins for the outside services.
var outbox = new Outbox();
var accounts = new AccountService(outbox);
var contacts = new ContactBook();
var inbox = new Inbox();
var growth = new GrowthService(outbox, contacts);
var usage = new UsageTracker(outbox);
var consents = new ConsentStore();
var engagement = new EngagementTracker(outbox, consents);

var alice = accounts.SignUp("+44 20 7946 0958", "alice", "alice@example.org", "London");
var bob = accounts.SignUp("+1 202 555 0143", "bob", null, null);
contacts.Sync(alice.Id, new[] { new Contact { Name = "Bob", PhoneNumber = "+1 202 555 0143" } });

inbox.Send(alice.Id, bob.Id, "Lunch tomorrow?");
usage.SignedUp(alice);
growth.ShareNewAccount(alice);
growth.ShareAddressBook(alice);
consents.OptInToAnalytics(alice.Id);
engagement.WeeklyDigestOpened(alice);
engagement.Reengage(bob);

Console.WriteLine($"{accounts.All.Count} accounts, {outbox.Uploads} ad uploads, {outbox.Events} analytics events, {outbox.Mails} e-mails");

/// <summary>Counts what would have left the app; keeps none of it.</summary>
internal sealed class Outbox : IAudienceUploader, IProductAnalytics, IEmailDelivery
{
    public int Uploads { get; private set; }
    public int Events { get; private set; }
    public int Mails { get; private set; }

    public void Upload(string audience, string identifier) => Uploads++;
    public void Track(string eventName, string property) => Events++;
    public void Send(string to, string subject, string body) => Mails++;
}
