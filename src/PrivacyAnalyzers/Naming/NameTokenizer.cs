using System.Collections.Generic;
using System.Text;

namespace PrivacyAnalyzers.Naming
{
    /// <summary>
    /// Splits an identifier into lower-case words: <c>customerIPAddress2</c> → customer, ip, address, 2.
    /// Handles camelCase, PascalCase, snake_case, kebab-case, digits and runs of capitals (acronyms).
    /// </summary>
    internal static class NameTokenizer
    {
        /// <summary>Mixed-case acronyms that the camelCase rule would cut in the wrong place.</summary>
        private static readonly (string Written, string Read)[] Acronyms = { ("IPv4", "Ipv4"), ("IPv6", "Ipv6") };

        public static List<string> Split(string identifier)
        {
            foreach (var (written, read) in Acronyms)
            {
                identifier = identifier.Replace(written, read);
            }

            var words = new List<string>();
            var current = new StringBuilder();
            for (var i = 0; i < identifier.Length; i++)
            {
                var c = identifier[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(current, words);
                    continue;
                }

                if (current.Length > 0 && StartsWord(identifier, i))
                {
                    Flush(current, words);
                }

                current.Append(char.ToLowerInvariant(c));
            }

            Flush(current, words);
            return words;
        }

        /// <summary>True when the character at <paramref name="i"/> begins a new word.</summary>
        private static bool StartsWord(string s, int i)
        {
            char previous = s[i - 1], c = s[i];
            if (char.IsDigit(c) != char.IsDigit(previous))
            {
                return true;
            }

            if (!char.IsUpper(c))
            {
                return false;
            }

            // "phoneNumber": lower then upper. "IPAddress": the last capital of a run starts the next word.
            return char.IsLower(previous) || (char.IsUpper(previous) && i + 1 < s.Length && char.IsLower(s[i + 1]));
        }

        private static void Flush(StringBuilder current, List<string> words)
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
