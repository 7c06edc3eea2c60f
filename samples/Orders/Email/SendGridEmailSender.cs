using System.Net.Http.Headers;

namespace Orders.Email;

public sealed class SendGridOptions
{
    public string ApiKey { get; set; } = "";

    public string FromAddress { get; set; } = "orders@example.com";

    public string FromName { get; set; } = "Example Orders";
}

public sealed class SendGridEmailSender(HttpClient http, SendGridOptions options, ILogger<SendGridEmailSender> logger) : IEmailSender
{
    public async Task<bool> SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var payload = new
        {
            personalizations = new[] { new { to = new[] { new { email = message.To } } } },
            from = new { email = options.FromAddress, name = options.FromName },
            subject = message.Subject,
            content = new[] { new { type = "text/html", value = message.HtmlBody } },
            categories = new[] { message.TemplateId },
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.sendgrid.com/v3/mail/send")
        {
            Content = JsonContent.Create(payload),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("SendGrid rejected {TemplateId} to {Recipient} with status {Status}", message.TemplateId, message.To, (int)response.StatusCode); // LEAK: PRIV003
            return false;
        }

        logger.LogDebug("SendGrid accepted {TemplateId} ({Status})", message.TemplateId, (int)response.StatusCode); // CLEAN
        return true;
    }
}
