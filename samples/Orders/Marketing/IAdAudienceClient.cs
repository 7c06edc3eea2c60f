using PrivacyAnalyzers;

namespace Orders.Marketing;

/// <summary>Meta's Custom Audiences API, used by the growth team for look-alike campaigns.</summary>
[DataSink(Recipient.Advertising, Party = "Meta")]
public interface IAdAudienceClient
{
    Task<int> UploadAudienceAsync(string audienceId, IReadOnlyCollection<string> hashedIdentifiers, CancellationToken ct = default);
}

public sealed class MetaAudienceClient(ILogger<MetaAudienceClient> logger) : IAdAudienceClient
{
    public Task<int> UploadAudienceAsync(string audienceId, IReadOnlyCollection<string> hashedIdentifiers, CancellationToken ct = default)
    {
        logger.LogInformation("Uploading {Count} identifiers to audience {AudienceId}", hashedIdentifiers.Count, audienceId); // CLEAN
        return Task.FromResult(hashedIdentifiers.Count);
    }
}
