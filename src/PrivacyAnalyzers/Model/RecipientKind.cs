using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Model
{
    /// <summary>The analyzer's mirror of <c>PrivacyAnalyzers.Recipient</c> (same values; the analyzer reads attribute values as integers).</summary>
    [Flags]
    internal enum RecipientKind
    {
        None = 0,
        Processor = 1,
        Affiliate = 2,
        ThirdParty = 4,
        Advertising = 8,
        Analytics = 16,
        Logging = 32,
        AIProvider = 64,
    }

    internal static class RecipientKinds
    {
        public const RecipientKind Purposes = RecipientKind.Advertising | RecipientKind.Analytics | RecipientKind.AIProvider;
        public const RecipientKind Receivers = RecipientKind.Processor | RecipientKind.Affiliate | RecipientKind.ThirdParty;
        public const RecipientKind All = (RecipientKind)127;

        /// <summary>By default PRIV002 asks a disclosure for these.</summary>
        public const RecipientKind DisclosureRequiredByDefault =
            RecipientKind.Affiliate | RecipientKind.ThirdParty | RecipientKind.Advertising | RecipientKind.Analytics | RecipientKind.AIProvider;

        private static readonly ImmutableArray<(string Word, RecipientKind Kind)> Words = ImmutableArray.Create(
            ("processor", RecipientKind.Processor),
            ("affiliate", RecipientKind.Affiliate),
            ("third_party", RecipientKind.ThirdParty),
            ("advertising", RecipientKind.Advertising),
            ("analytics", RecipientKind.Analytics),
            ("logging", RecipientKind.Logging),
            ("ai_provider", RecipientKind.AIProvider));

        /// <summary>A sink that names a purpose but nobody to receive it goes to a third party.</summary>
        public static RecipientKind Effective(RecipientKind declared) =>
            (declared & Purposes) != 0 && (declared & Receivers) == 0 ? declared | RecipientKind.ThirdParty : declared;

        public static bool TryParseWord(string word, out RecipientKind kind)
        {
            foreach (var (w, k) in Words)
            {
                if (string.Equals(w, word, StringComparison.Ordinal))
                {
                    kind = k;
                    return true;
                }
            }

            kind = RecipientKind.None;
            return false;
        }

        /// <summary>"advertising, affiliate": purposes first, as a reader says it.</summary>
        public static string Describe(RecipientKind kind)
        {
            var parts = new List<string>();
            foreach (var k in new[] { RecipientKind.Advertising, RecipientKind.Analytics, RecipientKind.AIProvider, RecipientKind.Logging,
                                      RecipientKind.Affiliate, RecipientKind.ThirdParty, RecipientKind.Processor })
            {
                if ((kind & k) != 0)
                {
                    parts.Add(Word(k).Replace('_', '-'));
                }
            }

            return parts.Count == 0 ? "no recipient" : string.Join(", ", parts);
        }

        /// <summary>"processor, logging": the recipients as a rules file writes them.</summary>
        public static string RulesWords(RecipientKind kind) => string.Join(", ", Words.Where(w => (kind & w.Kind) != 0).Select(w => w.Word));

        public static string Word(RecipientKind single)
        {
            foreach (var (w, k) in Words)
            {
                if (k == single)
                {
                    return w;
                }
            }

            return single.ToString();
        }
    }
}
