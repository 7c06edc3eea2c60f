using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

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
            foreach (var promise in promises)
            {
                ConsentRecipients |= promise.ConsentRequiredFor;
            }
        }

        /// <summary>Every recipient some promise puts under consent; none when no promise does (the engine then tracks no consent).</summary>
        public RecipientKind ConsentRecipients { get; }

        public ImmutableArray<Promise> Promises { get; }
        public ImmutableArray<Disclosure> Disclosures { get; }

        /// <summary>Recipients that need a disclosure (PRIV002); <c>privacy_analyzers.disclosure_required_for</c>.</summary>
        public RecipientKind DisclosureRequiredFor { get; }

        /// <summary>The first promise (in declaration order) that data of <paramref name="category"/> into <paramref name="sink"/> breaks.</summary>
        public Promise? FindBrokenPromise(string category, SinkInfo sink) => BrokenPromises(category, sink).FirstOrDefault();

        /// <summary>Every promise that data of <paramref name="category"/> into <paramref name="sink"/> breaks, in declaration order.</summary>
        public IEnumerable<Promise> BrokenPromises(string category, SinkInfo sink) =>
            Promises.Where(promise => (promise.NeverSharedWith & sink.Recipients) != 0 && CategoryKey.Covers(promise.Category, category));

        /// <summary>The same, also counting the promises whose consent the flow lacks (<paramref name="consent"/>: the checks passed on every path).</summary>
        public IEnumerable<Promise> BrokenPromises(string category, SinkInfo sink, ConsentFacts consent) =>
            Promises.Where(promise => CategoryKey.Covers(promise.Category, category)
                && ((promise.NeverSharedWith & sink.Recipients) != 0 || (promise.ConsentRequiredFor & sink.Recipients & ~consent.Recipients) != 0));

        /// <summary>The first promise that puts the flow under a consent that <paramref name="consent"/> does not give.</summary>
        public Promise? FindUnconsentedPromise(string category, SinkInfo sink, ConsentFacts consent) =>
            Promises.FirstOrDefault(promise => (promise.ConsentRequiredFor & sink.Recipients & ~consent.Recipients) != 0 && CategoryKey.Covers(promise.Category, category));

        /// <summary>The recipients of the sink that promises covering the category put under consent.</summary>
        public RecipientKind ConsentNeeded(string category, SinkInfo sink)
        {
            var needed = RecipientKind.None;
            foreach (var promise in Promises)
            {
                if ((promise.ConsentRequiredFor & sink.Recipients) != 0 && CategoryKey.Covers(promise.Category, category))
                {
                    needed |= promise.ConsentRequiredFor & sink.Recipients;
                }
            }

            return needed;
        }

        /// <summary>"P1", "D2": how the privacy report names a promise or disclosure (its place among them, from 1).</summary>
        public string IdOf(Promise promise) => "P" + (Promises.IndexOf(promise) + 1);

        public string IdOf(Disclosure disclosure) => "D" + (Disclosures.IndexOf(disclosure) + 1);

        /// <summary>The disclosures that describe data of the category going to the sink: its category, one of its recipients, its party.</summary>
        public ImmutableArray<Disclosure> CoveringDisclosures(string category, SinkInfo sink)
        {
            var result = ImmutableArray.CreateBuilder<Disclosure>();
            foreach (var disclosure in Disclosures)
            {
                if ((disclosure.Recipients & sink.Recipients) != 0 && disclosure.CoversParty(sink.Party) && CategoryKey.Covers(disclosure.Category, category))
                {
                    result.Add(disclosure);
                }
            }

            return result.ToImmutable();
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

            // A promise to share only with consent tells users about that sharing, and asks them: it discloses it.
            foreach (var promise in Promises)
            {
                if ((promise.ConsentRequiredFor & sink.Recipients) != 0 && CategoryKey.Covers(promise.Category, category))
                {
                    open &= ~RecipientKinds.Effective(promise.ConsentRequiredFor);
                }
            }

            return open;
        }

        /// <summary>
        /// Why the disclosure that came closest does not cover the flow, for PRIV002's message: it names another party,
        /// other recipients, or a neighbouring category; empty when no disclosure came close.
        /// </summary>
        public string NearMiss(string category, SinkInfo sink, RecipientKind undisclosed)
        {
            // Closest first: the flow's category for its recipients but another party; then for other recipients; then a neighbour.
            if (Disclosures.FirstOrDefault(d => CategoryKey.Covers(d.Category, category) && (d.Recipients & undisclosed) != 0 && !d.CoversParty(sink.Party)) is { } otherParty)
            {
                return $" (the disclosure of {otherParty.Category} for {RecipientKinds.Describe(otherParty.Declared)} names {otherParty.Party}, not {sink.Party})";
            }

            if (Disclosures.FirstOrDefault(d => CategoryKey.Covers(d.Category, category) && (d.Recipients & undisclosed) == 0 && d.CoversParty(sink.Party)) is { } otherRecipients)
            {
                return $" (the disclosure of {otherRecipients.Category} names {RecipientKinds.Describe(otherRecipients.Declared)} only)";
            }

            if (Disclosures.FirstOrDefault(d => Parent(d.Category) == Parent(category) && (d.Recipients & undisclosed) != 0 && d.CoversParty(sink.Party)) is { } neighbour)
            {
                return $" (a disclosure covers {neighbour.Category}, not {category})";
            }

            return "";
        }

        private static string Parent(string category) => category.LastIndexOf('.') is var dot && dot > 0 ? category.Substring(0, dot) : "";
    }
}
