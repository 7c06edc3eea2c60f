using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules.Baseline;

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

        /// <summary>The diagnostic, with the baseline's properties, at suggestion severity when the baseline accepts it.</summary>
        protected Diagnostic Create(FlowFinding finding, Promise? promise, RecipientKind undisclosed, params object[] messageArguments)
        {
            var stamp = finding.Stamp?.Invoke(Descriptor.Id);
            var severity = stamp?.Verdict == BaselineVerdict.Suggest ? DiagnosticSeverity.Info : Descriptor.DefaultSeverity;
            var properties = finding.Properties(promise?.Statement, undisclosed);
            return Diagnostic.Create(Descriptor, finding.Location, severity, finding.AdditionalLocations(promise?.Location),
                stamp == null ? properties : properties.SetItems(stamp.Properties), messageArguments);
        }
    }
}
