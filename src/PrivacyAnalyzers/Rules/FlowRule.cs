using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// A rule over the flows the engine finds: it decides whether one flow breaks it. Rules are
    /// asked in order of precedence (PRIV001, PRIV002, PRIV003); the first that applies wins.
    /// </summary>
    internal abstract class FlowRule
    {
        public abstract DiagnosticDescriptor Descriptor { get; }

        /// <summary>The diagnostic for <paramref name="finding"/>, or null when this rule has nothing to say.</summary>
        public abstract Diagnostic? Judge(FlowFinding finding, PrivacyPolicy policy);

        protected Diagnostic Create(FlowFinding finding, Promise? promise, RecipientKind undisclosed, params object[] messageArguments) =>
            Diagnostic.Create(Descriptor, finding.Location, finding.AdditionalLocations(promise?.Location),
                finding.Properties(promise?.Statement, undisclosed), messageArguments);
    }
}
