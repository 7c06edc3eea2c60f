using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV003: personal data reaches a logging sink and no disclosure covers it.</summary>
    internal sealed class UndisclosedLoggingRule : FlowRule
    {
        public override DiagnosticDescriptor Descriptor => RuleDescriptors.UndisclosedLogging;

        public override Diagnostic? Judge(FlowFinding finding, PrivacyPolicy policy)
        {
            var undisclosed = policy.Undisclosed(finding.Category, finding.Sink, RecipientKind.Logging);
            return undisclosed == RecipientKind.None
                ? null
                : Create(finding, null, undisclosed,
                    finding.Category, finding.SourcesText, finding.RecipientsText, finding.Sink.Name, finding.PartyText);
        }
    }
}
