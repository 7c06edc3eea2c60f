using PrivacyAnalyzers;

namespace Messenger.Growth;

/// <summary>The parent company's ad network: uploads identifiers to build custom audiences for ad targeting.</summary>
[DataSink(Recipient.Advertising | Recipient.Affiliate, Party = "Parent Co. Ads")]
public interface IAudienceUploader
{
    void Upload(string audience, string identifier);
}
