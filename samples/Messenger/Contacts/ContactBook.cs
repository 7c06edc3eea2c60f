namespace Messenger.Contacts;

/// <summary>The contacts each account synced from its phone.</summary>
public sealed class ContactBook
{
    private readonly Dictionary<Guid, List<Contact>> _contacts = new();

    public void Sync(Guid owner, IEnumerable<Contact> contacts) => _contacts[owner] = contacts.ToList();

    public IReadOnlyList<Contact> Of(Guid owner) => _contacts.TryGetValue(owner, out var list) ? list : Array.Empty<Contact>();
}
