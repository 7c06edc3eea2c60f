using PrivacyAnalyzers;

namespace Orders.Email;

public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TemplateId, IReadOnlyDictionary<string, string>? Tags = null);

/// <summary>Transactional e-mail through SendGrid, our contracted processor.</summary>
[DataSink(Recipient.Processor, Party = "SendGrid")]
public interface IEmailSender
{
    Task<bool> SendAsync(EmailMessage message, CancellationToken ct = default);
}
