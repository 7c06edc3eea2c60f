using SendGrid;
using SendGrid.Helpers.Mail;

namespace Shop.Email;

public sealed class SendGridMailer(ISendGridClient client) : IMailer
{
    private static readonly EmailAddress From = new("orders@shop.example", "The Shop");

    public async Task SendAsync(string to, string subject, string body)
    {
        var message = MailHelper.CreateSingleEmail(From, new EmailAddress(to), subject, body, null);
        await client.SendEmailAsync(message);
    }
}
