using Orders.Customers;

namespace Orders.Email;

public sealed record NewsletterIssue(string Headline, string BodyHtml, string? MarketFilter);

public sealed record NewsletterRun(int Recipients, int Sent, int Failed);

public sealed class NewsletterService(ICustomerRepository customers, IEmailSender email, ILogger<NewsletterService> logger)
{
    public async Task<NewsletterRun> SendAsync(NewsletterIssue issue, CancellationToken ct)
    {
        var audience = await customers.ListAsync(c => c.MarketingOptIn && (issue.MarketFilter is null || c.Market == issue.MarketFilter), ct);
        logger.LogInformation("Newsletter '{Headline}' going to {Count} opted-in customers", issue.Headline, audience.Count); // CLEAN

        var recipients = audience.Select(c => c.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        logger.LogDebug("Newsletter recipients: {Recipients}", string.Join(", ", recipients)); // LEAK: PRIV003

        var ids = audience.Select(c => c.Id).ToList();
        logger.LogDebug("Newsletter customer ids: {CustomerIds}", string.Join(",", ids)); // CLEAN

        var sent = 0;
        var failed = 0;
        foreach (var batch in recipients.Chunk(100))
        {
            var results = await Task.WhenAll(batch.Select(to => email.SendAsync(new EmailMessage(to, issue.Headline, EmailTemplates.Newsletter(issue.Headline, issue.BodyHtml), "newsletter"), ct))); // CLEAN
            sent += results.Count(ok => ok);
            failed += results.Count(ok => !ok);
        }

        var run = new NewsletterRun(recipients.Count, sent, failed);
        logger.LogInformation("Newsletter finished: {Sent} sent, {Failed} failed of {Recipients}", run.Sent, run.Failed, run.Recipients); // CLEAN
        return run;
    }
}
