using System;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Category keys: lower-case dotted paths that form a hierarchy by whole segments.</summary>
    internal static class CategoryKey
    {
        private static readonly Regex Pattern = new Regex("^[a-z0-9_]+(\\.[a-z0-9_]+)*$", RegexOptions.CultureInvariant);

        /// <summary>Category of data whose classification cannot be read (Microsoft.Extensions.Compliance).</summary>
        public const string Unknown = "unknown";

        public static bool IsValid(string? key) => key != null && Pattern.IsMatch(key);

        /// <summary>True when <paramref name="ancestor"/> is <paramref name="key"/> or one of its parents.</summary>
        public static bool Covers(string ancestor, string key) =>
            key.Length == ancestor.Length
                ? string.Equals(key, ancestor, StringComparison.Ordinal)
                : key.Length > ancestor.Length && key[ancestor.Length] == '.' && key.StartsWith(ancestor, StringComparison.Ordinal);
    }
}
