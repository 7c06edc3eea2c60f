using PrivacyAnalyzers;

namespace Shop.Email;

/// <summary>Order e-mails, sent by SendGrid on our behalf. The catalog does not know SendGrid, so the wrapper says where data goes.</summary>
[DataSink(Recipient.Processor, Party = "SendGrid")]
public interface IMailer
{
    Task SendAsync(string to, string subject, string body);
}
