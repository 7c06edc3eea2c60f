using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV001: personal data reaches a sink whose recipients a promise covering its category rules out, or puts under
    /// consent while no consent check guards every path to it.
    /// </summary>
    internal sealed class PromiseBrokenRule : FlowRule
    {
        public override DiagnosticDescriptor Descriptor => RuleDescriptors.PromiseBroken;

        public override Diagnostic? Judge(FlowFinding finding, PrivacyPolicy policy)
        {
            if (policy.FindBrokenPromise(finding.Category, finding.Sink) is { } promise)
            {
                return Create(finding, promise, RecipientKind.None,
                    finding.Category, finding.SourcesText, finding.RecipientsText, finding.Sink.Name, finding.PartyText, promise.Statement);
            }

            if (policy.FindUnconsentedPromise(finding.Category, finding.Sink, finding.Consent) is { } unconsented)
            {
                finding.ConsentNeeded = policy.ConsentNeeded(finding.Category, finding.Sink) & ~finding.Consent.Recipients;
                return Create(finding, unconsented, RecipientKind.None,
                    finding.Category, finding.SourcesText, finding.RecipientsText, finding.Sink.Name, finding.PartyText + " without the user's consent", unconsented.Statement);
            }

            return null;
        }
    }
}
