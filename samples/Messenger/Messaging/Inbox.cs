using Messenger.Diagnostics;

namespace Messenger.Messaging;

/// <summary>Delivers messages between accounts.</summary>
public sealed class Inbox
{
    private readonly List<Message> _messages = new();

    public Message Send(Guid from, Guid to, string text)
    {
        var message = new Message(from, to, text, DateTimeOffset.UtcNow);
        _messages.Add(message);

        // Fine: ids and sizes only, never the text.
        AuditLog.Write($"Message {from} -> {to}, {message.Text.Length} characters");
        return message;
    }

    public IEnumerable<Message> For(Guid account) => _messages.Where(m => m.To == account);
}
