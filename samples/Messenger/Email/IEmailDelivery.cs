using PrivacyAnalyzers;

namespace Messenger.Email;

/// <summary>Transactional e-mail through a processor that acts for us under contract.</summary>
[DataSink(Recipient.Processor, Party = "SendGrid")]
public interface IEmailDelivery
{
    void Send(string to, string subject, string body);
}
