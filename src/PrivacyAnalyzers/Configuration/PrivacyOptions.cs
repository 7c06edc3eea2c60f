using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Options from <c>.editorconfig</c>/<c>.globalconfig</c> (global section), read once per compilation:
    /// <c>privacy_analyzers.disclosure_required_for</c> (recipient words, or <c>none</c>) and
    /// <c>privacy_analyzers.catalog = default|none</c> and <c>privacy_analyzers.unknown_host</c> (recipient words, or
    /// <c>none</c>: what an HTTP request to a host no <c>host:</c> line names hands over). An unreadable value keeps
    /// the default and is a PRIV010.
    /// </summary>
    internal sealed class PrivacyOptions
    {
        public const string DisclosureRequiredForKey = "privacy_analyzers.disclosure_required_for";
        public const string CatalogKey = "privacy_analyzers.catalog";
        public const string UnknownHostKey = "privacy_analyzers.unknown_host";

        private const string RecipientWordsOrNone = "recipient words separated by commas (processor, affiliate, third_party, advertising, analytics, logging, ai_provider) or none";

        private PrivacyOptions(RecipientKind disclosureRequiredFor, bool useCatalog, RecipientKind unknownHost, ImmutableArray<Diagnostic> problems)
        {
            DisclosureRequiredFor = disclosureRequiredFor;
            UseCatalog = useCatalog;
            UnknownHost = unknownHost;
            Problems = problems;
        }

        public static PrivacyOptions Default { get; } = new PrivacyOptions(RecipientKinds.DisclosureRequiredByDefault, true, RecipientKind.None, ImmutableArray<Diagnostic>.Empty);

        /// <summary>Recipients that need a disclosure before personal data reaches them (PRIV002).</summary>
        public RecipientKind DisclosureRequiredFor { get; }

        /// <summary>False when <c>privacy_analyzers.catalog = none</c> turns the built-in sink catalog off.</summary>
        public bool UseCatalog { get; }

        /// <summary>Recipients of a request to a host that no <c>host:</c> line names; none (the default): not a sink.</summary>
        public RecipientKind UnknownHost { get; }

        /// <summary>PRIV010 diagnostics for values that could not be read (no location: the key names the place).</summary>
        public ImmutableArray<Diagnostic> Problems { get; }

        /// <summary>
        /// Reads the global options; a key absent there is looked up in the <c>.editorconfig</c> options of the
        /// compilation's first file, since most teams put settings under <c>[*.cs]</c>.
        /// </summary>
        public static PrivacyOptions Read(AnalyzerOptions? options, Compilation? compilation = null)
        {
            if (options == null)
            {
                return Default;
            }

            var provider = options.AnalyzerConfigOptionsProvider;
            var firstTree = compilation?.SyntaxTrees.FirstOrDefault();
            var global = new FallbackOptions(provider.GlobalOptions, firstTree == null ? null : provider.GetOptions(firstTree));

            var problems = ImmutableArray.CreateBuilder<Diagnostic>();
            var required = RecipientKinds.DisclosureRequiredByDefault;
            if (global.TryGetValue(DisclosureRequiredForKey, out var requiredText) && !TryParseRecipients(requiredText, out required))
            {
                required = RecipientKinds.DisclosureRequiredByDefault;
                problems.Add(Problem(DisclosureRequiredForKey, requiredText, RecipientWordsOrNone));
            }

            var unknownHost = RecipientKind.None;
            if (global.TryGetValue(UnknownHostKey, out var unknownHostText) && !TryParseRecipients(unknownHostText, out unknownHost))
            {
                unknownHost = RecipientKind.None;
                problems.Add(Problem(UnknownHostKey, unknownHostText, RecipientWordsOrNone));
            }

            var useCatalog = true;
            if (global.TryGetValue(CatalogKey, out var catalogText))
            {
                switch (catalogText.Trim().ToLowerInvariant())
                {
                    case "default":
                        break;
                    case "none":
                        useCatalog = false;
                        break;
                    default:
                        problems.Add(Problem(CatalogKey, catalogText, "default or none"));
                        break;
                }
            }

            return new PrivacyOptions(required, useCatalog, unknownHost, problems.ToImmutable());
        }

        /// <summary>
        /// <c>disclosure_required_for</c> as the <c>.editorconfig</c> section of one file says it (sections can differ per
        /// folder), else <paramref name="projectValue"/>, the value read for the whole project. A value that cannot be
        /// read falls back too; the project-level read reports it.
        /// </summary>
        public static RecipientKind DisclosureRequiredForFile(AnalyzerConfigOptionsProvider provider, SyntaxTree? tree, RecipientKind projectValue) =>
            tree != null && provider.GetOptions(tree).TryGetValue(DisclosureRequiredForKey, out var text) && TryParseRecipients(text, out var parsed)
                ? parsed
                : projectValue;

        /// <summary>Global options first, then one file's options.</summary>
        private sealed class FallbackOptions
        {
            private readonly AnalyzerConfigOptions _first;
            private readonly AnalyzerConfigOptions? _second;

            public FallbackOptions(AnalyzerConfigOptions first, AnalyzerConfigOptions? second)
            {
                _first = first;
                _second = second;
            }

            public bool TryGetValue(string key, out string value)
            {
                if (_first.TryGetValue(key, out var found) || (_second != null && _second.TryGetValue(key, out found)))
                {
                    value = found ?? "";
                    return true;
                }

                value = "";
                return false;
            }
        }

        private static bool TryParseRecipients(string text, out RecipientKind result)
        {
            result = RecipientKind.None;
            if (string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var any = false;
            foreach (var part in text.Split(','))
            {
                var word = part.Trim().ToLowerInvariant();
                if (word.Length == 0)
                {
                    continue;
                }

                if (!RecipientKinds.TryParseWord(word, out var kind))
                {
                    return false;
                }

                result |= kind;
                any = true;
            }

            return any;
        }

        private static Diagnostic Problem(string key, string value, string expected) =>
            Diagnostic.Create(RuleDescriptors.MalformedAnnotation, Location.None, $"Option '{key}' has the unknown value '{value}': expected {expected}");
    }
}
