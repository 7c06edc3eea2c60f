namespace Acme.Notifications;

/// <summary>Writes delivery records to the console, where the host's log collector picks them up.</summary>
public static class NotificationLog
{
    public static void Write(string entry) => Console.WriteLine("[notify] " + entry);

    public static void Sent(Reminder reminder) => Write("sent reminder " + reminder.Id);
}

/// <summary>Fills a message template; only the value reaches the text, the template name selects it.</summary>
public static class Templates
{
    public static string Render(string templateName, string value) =>
        templateName == "short" ? value : "Reminder: " + value;
}

public static class TypeNames
{
    /// <summary>The type's name, for log lines about what was sent.</summary>
    public static string Describe(this object message) => message.GetType().Name;
}

/// <summary>One reminder to deliver: whom to call and what to say.</summary>
public sealed class Reminder
{
    public Reminder(int id, string phone, string text)
    {
        Id = id;
        Phone = phone;
        Text = text;
    }

    public int Id { get; }
    public string Phone { get; }
    public string Text { get; }
}
