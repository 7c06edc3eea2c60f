using Acme.Notifications;
using PrivacyAnalyzers;

[assembly: PrivacyDisclosure(DataCategory.Name, Recipient.Logging, Purpose = "Delivery records name the patient")]

var patient = new Patient { Name = "Ada", Phone = "+44 20 7946 0000" };
new ReminderService().Send(patient, 42);

public sealed class Patient
{
    [PersonalData(DataCategory.Name)] public string Name { get; init; } = "";
    [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; init; } = "";
}

public sealed class ReminderService
{
    public void Send(Patient patient, int id)
    {
        var reminder = new Reminder(id, patient.Phone, Templates.Render("short", "Your appointment is tomorrow"));

        NotificationLog.Write(patient.Name);                  // disclosed: delivery records name the patient
        NotificationLog.Write(reminder.Describe());           // a type name: clean
        NotificationLog.Sent(reminder);                       // logs the reminder's id only: clean
        NotificationLog.Write(reminder.Text);                 // the template text: clean
        NotificationLog.Write(Templates.Render("long", reminder.Phone)); // PRIV003: the phone number reaches the log
    }
}
