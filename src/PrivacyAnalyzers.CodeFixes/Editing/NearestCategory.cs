using System;
using System.Linq;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Naming;

namespace PrivacyAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The <c>DataCategory</c> constant a malformed key most likely meant: the same key written
    /// differently (<c>User.Contact.Email</c>), a constant's name (<c>PhoneNumber</c>), a key's last
    /// segment (<c>phone-number</c>), a word the name classifier knows (<c>Phone</c>, <c>mail address</c>),
    /// else the closest key or name by edit distance (<c>user.contact.emial</c>). Null when nothing is close.
    /// </summary>
    internal static class NearestCategory
    {
        public static string? Find(string? malformed)
        {
            if (string.IsNullOrWhiteSpace(malformed))
            {
                return null;
            }

            var text = malformed!.Trim();
            var letters = Letters(text);
            foreach (var (constant, key) in WellKnownCategories.All)
            {
                if (letters == Letters(key) || letters == Letters(constant) || letters == Letters(key.Substring(key.LastIndexOf('.') + 1)))
                {
                    return constant;
                }
            }

            var lastSegment = text.Substring(text.LastIndexOf('.') + 1);
            var named = PersonalNameClassifier.Classify(text.Replace('.', ' '), ValueKind.Text) ?? PersonalNameClassifier.Classify(lastSegment, ValueKind.Text);
            if (named != null)
            {
                return named;
            }

            var normalized = text.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
            var best = WellKnownCategories.All
                .Select(c => (c.Constant, Distance: Math.Min(Levenshtein(normalized, c.Key), Levenshtein(letters, Letters(c.Constant)))))
                .OrderBy(c => c.Distance)
                .First();
            return best.Distance <= Math.Max(2, letters.Length / 4) ? best.Constant : null;
        }

        private static string Letters(string text) => new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

        private static int Levenshtein(string a, string b)
        {
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (var i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                previous = current;
            }

            return previous[b.Length];
        }
    }
}
