using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV001: personal data reaches a sink whose recipients a promise covering its category rules out.</summary>
    internal sealed class PromiseBrokenRule : FlowRule
    {
        public override DiagnosticDescriptor Descriptor => RuleDescriptors.PromiseBroken;

        public override Diagnostic? Judge(FlowFinding finding, PrivacyPolicy policy)
        {
            var promise = policy.FindBrokenPromise(finding.Category, finding.Sink);
            return promise == null
                ? null
                : Create(finding, promise, RecipientKind.None,
                    finding.Category, finding.SourcesText, finding.RecipientsText, finding.Sink.Name, finding.PartyText, promise.Statement);
        }
    }
}
