using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules.Baseline;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>One flow of one category of personal data into one sink expression, ready to be judged by the flow rules.</summary>
    internal sealed class FlowFinding
    {
        public FlowFinding(SinkHit hit, RecipientKind disclosureRequiredFor, ImmutableArray<string> otherSources = default)
        {
            OtherSources = otherSources.IsDefault ? ImmutableArray<string>.Empty : otherSources;
            DisclosureRequiredFor = disclosureRequiredFor;
            Sink = hit.Sink;
            Location = hit.Location;
            Category = hit.Origin.Category;
            SourceName = hit.Origin.SourceName;
            SourceLocation = hit.Origin.SourceLocation;
            Consent = hit.Consent;
            Path = Steps(hit);
        }

        /// <summary>The consent checks passed on every path to the sink call.</summary>
        public ConsentFacts Consent { get; }

        /// <summary>The sink's recipients that promises covering the category put under consent (set by the reporter).</summary>
        public RecipientKind ConsentRequired { get; set; }

        /// <summary>For PRIV001 without consent: the recipients whose consent no check gives.</summary>
        public RecipientKind ConsentNeeded { get; set; }

        /// <summary>Recipients that need a disclosure, as the options of the sink's file say.</summary>
        public RecipientKind DisclosureRequiredFor { get; }

        public SinkInfo Sink { get; }

        /// <summary>Set by the reporter: the fingerprint and baseline verdict of this finding under a rule, asked once the rule applies.</summary>
        public System.Func<string, FindingStamp>? Stamp { get; set; }
        public Location Location { get; }
        public string Category { get; }
        public string SourceName { get; }
        public Location SourceLocation { get; }

        /// <summary>The other sources of the same category that reach this sink expression (their paths are longer), in order.</summary>
        public ImmutableArray<string> OtherSources { get; }

        /// <summary>"'Order.Card'", "'Order.Card', 'CreateOrder(cardNumber)'", or past three: the first "and 3 more".</summary>
        public string SourcesText => OtherSources.Length switch
        {
            0 => Quote(SourceName),
            <= 2 => string.Join(", ", new[] { SourceName }.Concat(OtherSources).Select(Quote)),
            _ => Quote(SourceName) + " and " + OtherSources.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more",
        };

        private static string Quote(string name) => "'" + name + "'";

        /// <summary>Steps between the source and the sink expression, in order, without repeats.</summary>
        public ImmutableArray<Location> Path { get; }

        /// <summary>"advertising, affiliate": what the sink is for, and who receives it when that says more.</summary>
        public string RecipientsText => Describe(Sink.Recipients);

        /// <summary>" (Meta)" or nothing.</summary>
        public string PartyText => Sink.Party == null ? "" : " (" + Sink.Party + ")";

        /// <summary>Additional locations: the source, each step of the path, then <paramref name="promise"/>.</summary>
        public IEnumerable<Location> AdditionalLocations(Location? promise)
        {
            if (SourceLocation.IsInSource)
            {
                yield return SourceLocation;
            }

            foreach (var step in Path)
            {
                yield return step;
            }

            if (promise != null && promise != Location.None)
            {
                yield return promise;
            }
        }

        public ImmutableDictionary<string, string?> Properties(string? promise, RecipientKind undisclosed)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder[DiagnosticProperties.Category] = Category;
            builder[DiagnosticProperties.Source] = SourceName;
            builder[DiagnosticProperties.Sink] = Sink.Name;
            builder[DiagnosticProperties.Recipients] = Words(Sink.Recipients);
            builder[DiagnosticProperties.Party] = Sink.Party;
            builder[DiagnosticProperties.PathLength] = AdditionalLocations(null).Count().ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (undisclosed != RecipientKind.None)
            {
                builder[DiagnosticProperties.Undisclosed] = Words(undisclosed);
            }

            if (promise != null)
            {
                builder[DiagnosticProperties.Promise] = promise;
            }

            if (ConsentRequired != RecipientKind.None)
            {
                builder[DiagnosticProperties.ConsentGuard] = string.Join(",", Consent.Checks.Select(c => c.Name));
            }

            if (ConsentNeeded != RecipientKind.None)
            {
                builder[DiagnosticProperties.ConsentNeeded] = Words(ConsentNeeded);
            }

            return builder.ToImmutable();
        }

        public static string Words(RecipientKind kinds)
        {
            var words = new List<string>();
            for (var bit = 1; bit <= (int)RecipientKind.AIProvider; bit <<= 1)
            {
                if (((int)kinds & bit) != 0)
                {
                    words.Add(RecipientKinds.Word((RecipientKind)bit));
                }
            }

            return string.Join(",", words);
        }

        /// <summary>A purpose says more than "third party", which every purpose-only sink implies.</summary>
        private static string Describe(RecipientKind recipients) =>
            RecipientKinds.Describe((recipients & RecipientKinds.Purposes) != 0 ? recipients & ~RecipientKind.ThirdParty : recipients);

        private ImmutableArray<Location> Steps(SinkHit hit)
        {
            var steps = ImmutableArray.CreateBuilder<Location>();
            foreach (var step in hit.Path?.ToArray() ?? System.Array.Empty<Location>())
            {
                if (IsNewStep(step, steps))
                {
                    steps.Add(step);
                }
            }

            return steps.ToImmutable();
        }

        /// <summary>A step says something when it is not the source, the sink, the previous step, or the statement around the sink.</summary>
        private bool IsNewStep(Location step, ImmutableArray<Location>.Builder steps) =>
            step.IsInSource && step != Location && step != SourceLocation
            && (steps.Count == 0 || steps[steps.Count - 1] != step)
            && !(step.SourceTree == Location.SourceTree && step.SourceSpan.Contains(Location.SourceSpan));
    }
}
