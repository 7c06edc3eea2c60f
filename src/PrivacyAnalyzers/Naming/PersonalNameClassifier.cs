using System;
using System.Collections.Generic;
using System.Linq;

namespace PrivacyAnalyzers.Naming
{
    /// <summary>
    /// Says whether a member name means personal data, and which category (the <c>DataCategory</c>
    /// constant name). The personal phrase must be the head of the name: only modifier words
    /// (<c>Number</c>, <c>Hash</c>, <c>Line1</c>) may follow it, so <c>PhoneNumberFormat</c>,
    /// <c>EmailTemplateId</c> and <c>AddressFamily</c> do not match. Words come from <see cref="PersonalNameTable"/>.
    /// </summary>
    internal static class PersonalNameClassifier
    {
        private const string NotPersonal = "-";

        private static readonly List<Phrase> Phrases = ParsePhrases(PersonalNameTable.Phrases);
        private static readonly HashSet<string> Modifiers = Words(PersonalNameTable.Modifiers);
        private static readonly HashSet<string> Negations = Words(PersonalNameTable.Negations);
        private static readonly HashSet<string> Vocabulary = new HashSet<string>(Phrases.SelectMany(p => p.Words).Concat(Modifiers), StringComparer.Ordinal);

        /// <summary>The category constant name (<c>PhoneNumber</c>) the name suggests for a value of <paramref name="kind"/>, or null.</summary>
        public static string? Classify(string name, ValueKind kind)
        {
            if (kind == ValueKind.Excluded)
            {
                return null;
            }

            var words = NameTokenizer.Split(name).Select(Singular).ToList();
            if (words.Count == 0 || Negations.Contains(words[0]))
            {
                return null;
            }

            var match = BestMatch(words);
            if (match == null || match.Category == NotPersonal)
            {
                return null;
            }

            return kind switch
            {
                ValueKind.Number => match.AllowsNumbers && !match.TextOnly ? match.Category : null,
                ValueKind.Date => match.AllowsDates ? match.Category : null,
                _ => match.Category,
            };
        }

        /// <summary>The phrase that starts earliest (longest on a tie) and is followed only by modifiers.</summary>
        private static Phrase? BestMatch(List<string> words)
        {
            for (var start = 0; start < words.Count; start++)
            {
                Phrase? best = null;
                foreach (var phrase in Phrases)
                {
                    if ((best == null || phrase.Words.Length > best.Words.Length) && Matches(words, start, phrase))
                    {
                        best = phrase;
                    }
                }

                if (best != null)
                {
                    return best;
                }
            }

            return null;
        }

        private static bool Matches(List<string> words, int start, Phrase phrase)
        {
            if (start + phrase.Words.Length > words.Count)
            {
                return false;
            }

            for (var i = 0; i < phrase.Words.Length; i++)
            {
                if (!string.Equals(words[start + i], phrase.Words[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            for (var i = start + phrase.Words.Length; i < words.Count; i++)
            {
                if (!Modifiers.Contains(words[i]) && !char.IsDigit(words[i][0]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"phones" → "phone", "addresses" → "address"; words the tables know stay as they are.</summary>
        private static string Singular(string word)
        {
            if (Vocabulary.Contains(word) || word.Length < 4 || !word.EndsWith("s", StringComparison.Ordinal))
            {
                return word;
            }

            var withoutS = word.Substring(0, word.Length - 1);
            if (Vocabulary.Contains(withoutS))
            {
                return withoutS;
            }

            var withoutEs = word.Substring(0, word.Length - 2);
            return word.EndsWith("es", StringComparison.Ordinal) && Vocabulary.Contains(withoutEs) ? withoutEs : word;
        }

        private static HashSet<string> Words(string text) =>
            new HashSet<string>(text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

        private static List<Phrase> ParsePhrases(string table)
        {
            var result = new List<Phrase>();
            foreach (var rawLine in table.Split('\n'))
            {
                var line = rawLine.Trim();
                var colon = line.IndexOf(':');
                if (colon < 0)
                {
                    continue;
                }

                var category = line.Substring(0, colon).Trim();
                var rest = line.Substring(colon + 1).Split(';');
                var options = rest.Length > 1 ? rest[1] : "";
                foreach (var text in rest[0].Split(','))
                {
                    var phrase = text.Trim();
                    var textOnly = phrase.EndsWith("!", StringComparison.Ordinal);
                    result.Add(new Phrase(
                        category,
                        phrase.TrimEnd('!').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries),
                        textOnly,
                        options.Contains("numbers"),
                        options.Contains("dates")));
                }
            }

            return result;
        }

        private sealed class Phrase
        {
            public Phrase(string category, string[] words, bool textOnly, bool allowsNumbers, bool allowsDates)
            {
                Category = category;
                Words = words;
                TextOnly = textOnly;
                AllowsNumbers = allowsNumbers;
                AllowsDates = allowsDates;
            }

            public string Category { get; }
            public string[] Words { get; }
            public bool TextOnly { get; }
            public bool AllowsNumbers { get; }
            public bool AllowsDates { get; }
        }
    }
}
