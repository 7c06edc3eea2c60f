using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Summary files that referenced libraries ship beside their assembly (<c>Acme.Orders.PrivacySummary.txt</c>): model,
    /// sink and source lines written by the library's build, read like a rules file applied before the team's own, so a
    /// team's line about a symbol replaces the summary's. A file whose <c>assembly:</c> line names an identity or version
    /// this compilation does not reference is ignored as a whole with a PRIV013 note: a stale file never lies.
    /// </summary>
    internal static class LibrarySummaries
    {
        public const string Suffix = ".PrivacySummary.txt";

        public static bool IsSummaryFile(string path) => Path.GetFileName(path).EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

        public static void Apply(RulesResolver resolver, ResolvedRules rules, Compilation compilation, RulesFile file, string path)
        {
            var header = file.Entries.FirstOrDefault(e => e.Kind == RulesEntryKind.Assembly);
            var problem = header == null
                ? "names no assembly (its first line is 'assembly: Name, Version=1.2.3.4')"
                : Mismatch(header.Text!, compilation);
            if (problem != null)
            {
                var line = header?.Line ?? default;
                rules.Problems.Add(Diagnostic.Create(RuleDescriptors.StaleLibrarySummary, Location.Create(path, line.Span, line.LineSpan),
                    $"Library summary '{Path.GetFileName(path)}' {problem}: it is ignored"));
                return;
            }

            resolver.ApplyingSummary = true;
            try
            {
                resolver.Apply(file, path);
            }
            finally
            {
                resolver.ApplyingSummary = false;
            }
        }

        /// <summary>Why the summary does not describe a referenced assembly, or null when it does.</summary>
        private static string? Mismatch(string identity, Compilation compilation)
        {
            var comma = identity.IndexOf(',');
            var name = identity.Substring(0, comma);
            var version = Version.Parse(identity.Substring(comma + 1).Trim().Substring("Version=".Length));
            var referenced = compilation.ReferencedAssemblyNames.Where(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (referenced.Count == 0)
            {
                return $"describes '{name}', which this compilation does not reference";
            }

            return referenced.Any(a => a.Version == version) ? null
                : $"describes {name} {version}, but this compilation references {string.Join(", ", referenced.Select(a => a.Version.ToString()))}";
        }
    }
}
