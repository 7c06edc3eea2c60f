using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Model
{
    /// <summary>A <c>[ConsentCheck]</c> member or <c>consent:</c> line: its <c>true</c> means consent for <see cref="Recipients"/>.</summary>
    internal sealed class ConsentCheck
    {
        public ConsentCheck(string name, RecipientKind declared)
        {
            Name = name;
            Declared = declared;

            // Read as disclosures are: consent to analytics is consent to the analytics company.
            Recipients = RecipientKinds.Effective(declared);
        }

        /// <summary>Display name such as "ConsentStore.HasAnalyticsConsent".</summary>
        public string Name { get; }

        public RecipientKind Declared { get; }

        public RecipientKind Recipients { get; }
    }

    /// <summary>
    /// The consent checks known to have returned <c>true</c> at a program point: a set, kept sorted by name. Paths meet by
    /// intersection (a check counts only when every path passed it); <see cref="All"/> stands for a point no path reaches
    /// with that outcome (the <c>true</c> side of a constant <c>false</c>).
    /// </summary>
    internal sealed class ConsentFacts
    {
        public static readonly ConsentFacts None = new ConsentFacts(ImmutableArray<ConsentCheck>.Empty, false);
        public static readonly ConsentFacts All = new ConsentFacts(ImmutableArray<ConsentCheck>.Empty, true);

        private ConsentFacts(ImmutableArray<ConsentCheck> checks, bool isAll)
        {
            Checks = checks;
            IsAll = isAll;
            foreach (var check in checks)
            {
                Recipients |= check.Recipients;
            }

            if (isAll)
            {
                Recipients = (RecipientKind)~0;
            }
        }

        public static ConsentFacts Of(ConsentCheck check) => new ConsentFacts(ImmutableArray.Create(check), false);

        public ImmutableArray<ConsentCheck> Checks { get; }

        public bool IsAll { get; }

        public bool IsNone => !IsAll && Checks.IsEmpty;

        /// <summary>The recipients consented to, effective (a purpose with its third party).</summary>
        public RecipientKind Recipients { get; }

        public ConsentFacts Union(ConsentFacts other)
        {
            if (IsAll || other.IsNone)
            {
                return this;
            }

            if (other.IsAll || IsNone)
            {
                return other;
            }

            var merged = Checks.Concat(other.Checks.Where(c => !Contains(c))).OrderBy(c => c.Name, System.StringComparer.Ordinal).ToImmutableArray();
            return merged.Length == Checks.Length ? this : new ConsentFacts(merged, false);
        }

        public ConsentFacts Intersect(ConsentFacts other)
        {
            if (other.IsAll || IsNone)
            {
                return this;
            }

            if (IsAll || other.IsNone)
            {
                return other;
            }

            var kept = Checks.Where(other.Contains).ToImmutableArray();
            return kept.Length == Checks.Length ? this : kept.IsEmpty ? None : new ConsentFacts(kept, false);
        }

        public bool SameAs(ConsentFacts other) =>
            ReferenceEquals(this, other) || (IsAll == other.IsAll && Checks.Length == other.Checks.Length && Checks.All(other.Contains));

        /// <summary>"'ConsentStore.HasAnalyticsConsent'": the checks, for messages and the report.</summary>
        public string Describe() => string.Join(", ", Checks.Select(c => "'" + c.Name + "'"));

        private bool Contains(ConsentCheck check) => Checks.Any(c => c.Name == check.Name && c.Declared == check.Declared);
    }

    /// <summary>What a <c>bool</c> value says about consent: the checks passed when it is <c>true</c>, and when it is <c>false</c>.</summary>
    internal readonly struct ConsentCondition
    {
        public static readonly ConsentCondition Unknown = new ConsentCondition(ConsentFacts.None, ConsentFacts.None);

        public ConsentCondition(ConsentFacts whenTrue, ConsentFacts whenFalse)
        {
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
        }

        public ConsentFacts WhenTrue { get; }
        public ConsentFacts WhenFalse { get; }

        public bool IsUnknown => WhenTrue.IsNone && WhenFalse.IsNone;

        public ConsentCondition Not() => new ConsentCondition(WhenFalse, WhenTrue);

        public ConsentCondition And(ConsentCondition other) => new ConsentCondition(WhenTrue.Union(other.WhenTrue), WhenFalse.Intersect(other.WhenFalse));

        public ConsentCondition Or(ConsentCondition other) => new ConsentCondition(WhenTrue.Intersect(other.WhenTrue), WhenFalse.Union(other.WhenFalse));

        /// <summary>Both outcomes, plus what was already known where the value was computed.</summary>
        public ConsentCondition With(ConsentFacts known) => new ConsentCondition(WhenTrue.Union(known), WhenFalse.Union(known));

        /// <summary>Where two paths meet.</summary>
        public ConsentCondition Meet(ConsentCondition other) => new ConsentCondition(WhenTrue.Intersect(other.WhenTrue), WhenFalse.Intersect(other.WhenFalse));

        public bool SameAs(ConsentCondition other) => WhenTrue.SameAs(other.WhenTrue) && WhenFalse.SameAs(other.WhenFalse);
    }
}
