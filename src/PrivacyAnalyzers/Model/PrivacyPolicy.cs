using System.Collections.Immutable;

namespace PrivacyAnalyzers.Model
{
    /// <summary>The promises and disclosures of a compilation, from attributes and rules files alike.</summary>
    internal sealed class PrivacyPolicy
    {
        public PrivacyPolicy(ImmutableArray<Promise> promises, ImmutableArray<Disclosure> disclosures, RecipientKind disclosureRequiredFor)
        {
            Promises = promises;
            Disclosures = disclosures;
            DisclosureRequiredFor = disclosureRequiredFor;
        }

        public ImmutableArray<Promise> Promises { get; }
        public ImmutableArray<Disclosure> Disclosures { get; }

        /// <summary>Recipients that need a disclosure (PRIV002); <c>privacy_analyzers.disclosure_required_for</c>.</summary>
        public RecipientKind DisclosureRequiredFor { get; }

        /// <summary>The first promise (in declaration order) that data of <paramref name="category"/> into <paramref name="sink"/> breaks.</summary>
        public Promise? FindBrokenPromise(string category, SinkInfo sink)
        {
            foreach (var promise in Promises)
            {
                if ((promise.NeverSharedWith & sink.Recipients) != 0 && CategoryKey.Covers(promise.Category, category))
                {
                    return promise;
                }
            }

            return null;
        }

        /// <summary>The recipients of <paramref name="sink"/> among <paramref name="wanted"/> that no disclosure of the category covers.</summary>
        public RecipientKind Undisclosed(string category, SinkInfo sink, RecipientKind wanted)
        {
            var open = sink.Recipients & wanted;
            foreach (var disclosure in Disclosures)
            {
                if (open == RecipientKind.None)
                {
                    break;
                }

                if (disclosure.CoversParty(sink.Party) && CategoryKey.Covers(disclosure.Category, category))
                {
                    open &= ~disclosure.Recipients;
                }
            }

            return open;
        }
    }
}
