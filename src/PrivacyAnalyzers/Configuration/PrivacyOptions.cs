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
        public const string BaselineAllowsPromiseBreaksKey = "privacy_analyzers.baseline_allows_promise_breaks";
        public const string BaselinedSeverityKey = "privacy_analyzers.baselined_severity";
        public const string BaselineUpdateProperty = "build_property.PrivacyBaselineUpdate";

        private const string RecipientWordsOrNone = "recipient words separated by commas (processor, affiliate, third_party, advertising, analytics, logging, ai_provider) or none";

        private PrivacyOptions(RecipientKind disclosureRequiredFor, bool useCatalog, RecipientKind unknownHost, bool baselineAllowsPromiseBreaks, bool showBaselined, bool baselineUpdate, ImmutableArray<Diagnostic> problems)
        {
            BaselineUpdate = baselineUpdate;
            DisclosureRequiredFor = disclosureRequiredFor;
            UseCatalog = useCatalog;
            UnknownHost = unknownHost;
            BaselineAllowsPromiseBreaks = baselineAllowsPromiseBreaks;
            ShowBaselined = showBaselined;
            Problems = problems;
        }

        public static PrivacyOptions Default { get; } = new PrivacyOptions(RecipientKinds.DisclosureRequiredByDefault, true, RecipientKind.None, false, false, false, ImmutableArray<Diagnostic>.Empty);

        /// <summary>Recipients that need a disclosure before personal data reaches them (PRIV002).</summary>
        public RecipientKind DisclosureRequiredFor { get; }

        /// <summary>False when <c>privacy_analyzers.catalog = none</c> turns the built-in sink catalog off.</summary>
        public bool UseCatalog { get; }

        /// <summary>Recipients of a request to a host that no <c>host:</c> line names; none (the default): not a sink.</summary>
        public RecipientKind UnknownHost { get; }

        /// <summary>True when <c>privacy_analyzers.baseline_allows_promise_breaks = true</c> lets PRIV001 findings be baselined.</summary>
        public bool BaselineAllowsPromiseBreaks { get; }

        /// <summary>True when <c>privacy_analyzers.baselined_severity = suggestion</c> shows baselined findings instead of hiding them.</summary>
        public bool ShowBaselined { get; }

        /// <summary>
        /// True while <c>dotnet build -p:PrivacyBaselineUpdate=true</c> writes the baseline: the old one is ignored,
        /// and every finding that may be baselined is shown at suggestion, so that it reaches the error log and fails nothing.
        /// </summary>
        public bool BaselineUpdate { get; }

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

            var useCatalog = Choice(global, CatalogKey, "default", "none", problems) != false;
            var allowPromiseBreaks = Choice(global, BaselineAllowsPromiseBreaksKey, "true", "false", problems) == true;
            var showBaselined = Choice(global, BaselinedSeverityKey, "suggestion", "none", problems) == true;
            var update = provider.GlobalOptions.TryGetValue(BaselineUpdateProperty, out var updateText)
                && string.Equals(updateText?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            return new PrivacyOptions(required, useCatalog, unknownHost, allowPromiseBreaks, showBaselined, update, problems.ToImmutable());
        }

        /// <summary>True for <paramref name="yes"/>, false for <paramref name="no"/>, null when absent or unreadable (a PRIV010).</summary>
        private static bool? Choice(FallbackOptions options, string key, string yes, string no, ImmutableArray<Diagnostic>.Builder problems)
        {
            if (!options.TryGetValue(key, out var text))
            {
                return null;
            }

            var word = text.Trim().ToLowerInvariant();
            if (word == yes || word == no)
            {
                return word == yes;
            }

            problems.Add(Problem(key, text, yes + " or " + no));
            return null;
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
