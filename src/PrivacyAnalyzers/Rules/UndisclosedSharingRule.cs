using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV002: personal data reaches an affiliate, third-party, advertising, analytics or AI-provider sink that no disclosure covers.</summary>
    internal sealed class UndisclosedSharingRule : FlowRule
    {
        public override DiagnosticDescriptor Descriptor => RuleDescriptors.UndisclosedSharing;

        public override Diagnostic? Judge(FlowFinding finding, PrivacyPolicy policy)
        {
            var undisclosed = policy.Undisclosed(finding.Category, finding.Sink, finding.DisclosureRequiredFor);
            return undisclosed == RecipientKind.None
                ? null
                : Create(finding, null, undisclosed,
                    finding.Category, finding.SourcesText, finding.RecipientsText, finding.Sink.Name, finding.PartyText, RecipientKinds.Describe(undisclosed),
                    policy.NearMiss(finding.Category, finding.Sink, undisclosed));
        }
    }
}
