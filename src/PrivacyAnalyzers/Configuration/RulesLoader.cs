using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Parses the team's rules files (<c>PrivacyRules.txt</c>, <c>PrivacyRules.*.txt</c> among AdditionalFiles)
    /// and the built-in catalog, and resolves them against a compilation. Parsing is memoized by content;
    /// resolution happens once per compilation (the model cache calls this once).
    /// </summary>
    internal static class RulesLoader
    {
        /// <summary>Logical-name prefix of the embedded catalog files, one per kind of party (see the csproj).</summary>
        public const string CatalogResourcePrefix = "PrivacyAnalyzers.Catalog.";

        /// <summary>Logical name of the embedded library models: what the framework does with data.</summary>
        public const string LibraryModelsResourceName = "PrivacyAnalyzers.Catalog.LibraryModels.txt";

        private static readonly Lazy<RulesFile> Catalog = new Lazy<RulesFile>(() => RulesFileParser.Parse(SourceText.From(ReadCatalogText())));
        private static readonly Lazy<RulesFile> Models = new Lazy<RulesFile>(() => RulesFileParser.Parse(SourceText.From(ReadResource(LibraryModelsResourceName))));

        /// <summary>
        /// Metadata the package sets on a rules file shared by every project of a solution (found above the project):
        /// a line of it that names a symbol this project does not reference is silent here.
        /// </summary>
        public const string SharedMetadata = "build_metadata.AdditionalFiles.PrivacyShared";

        public static ResolvedRules Load(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, AnalyzerOptions options, CancellationToken cancellationToken) =>
            Load(compilation, additionalFiles, PrivacyOptions.Read(options, compilation), cancellationToken, options.AnalyzerConfigOptionsProvider);

        public static ResolvedRules Load(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, PrivacyOptions options, CancellationToken cancellationToken,
            AnalyzerConfigOptionsProvider? fileOptions = null)
        {
            var rules = new ResolvedRules();
            rules.Problems.AddRange(options.Problems);
            rules.Hosts.UnknownHost = options.UnknownHost;
            var resolver = new RulesResolver(compilation, rules);

            // The engine's knowledge of the framework, before anything a team writes can replace it.
            resolver.Apply(BuiltInLibraryModels, path: null);
            if (options.UseCatalog)
            {
                resolver.Apply(BuiltInCatalog, path: null);
            }

            // Referenced libraries' summaries next, so that a team's own line about the same symbol replaces them.
            foreach (var file in additionalFiles)
            {
                if (LibrarySummaries.IsSummaryFile(file.Path) && file.GetText(cancellationToken) is { } summary)
                {
                    LibrarySummaries.Apply(resolver, rules, compilation, RulesFileParser.ParseCached(summary), file.Path);
                }
            }

            foreach (var file in additionalFiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsRulesFile(file.Path) && file.GetText(cancellationToken) is { } text)
                {
                    var shared = fileOptions != null && fileOptions.GetOptions(file).TryGetValue(SharedMetadata, out var flag)
                        && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
                    if (shared)
                    {
                        rules.SharedFiles.Add(file.Path);
                    }

                    resolver.Apply(RulesFileParser.ParseCached(text), file.Path, shared);
                }
                else if (!options.BaselineUpdate && BaselineFile.IsBaselineFile(file.Path) && file.GetText(cancellationToken) is { } baseline)
                {
                    rules.Baseline = rules.Baseline.AddRange(BaselineFile.Read(file.Path, baseline, options.BaselineAllowsPromiseBreaks, rules.Problems));
                }
            }

            return rules;
        }

        /// <summary>The parsed built-in catalog (parsed once per process).</summary>
        public static RulesFile BuiltInCatalog => Catalog.Value;

        /// <summary>The parsed built-in library models (parsed once per process).</summary>
        public static RulesFile BuiltInLibraryModels => Models.Value;

        /// <summary><c>PrivacyRules.txt</c> or <c>PrivacyRules.&lt;anything&gt;.txt</c>, in any folder, any case.</summary>
        public static bool IsRulesFile(string path)
        {
            var name = Path.GetFileName(path);
            const string Prefix = "PrivacyRules";
            const string Extension = ".txt";
            if (!name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var middle = name.Substring(Prefix.Length, name.Length - Prefix.Length - Extension.Length);
            return middle.Length == 0 || (middle.Length > 1 && middle[0] == '.');
        }

        private static string ReadResource(string name)
        {
            using var stream = typeof(RulesLoader).Assembly.GetManifestResourceStream(name);
            if (stream == null)
            {
                return "";
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        /// <summary>
        /// The catalog files in name order, joined into one text: parsed once per process as a single rules file,
        /// since only the entries matter and the catalog's lines never get a diagnostic location.
        /// </summary>
        public static string ReadCatalogText()
        {
            var text = new StringBuilder();
            foreach (var (_, content) in ReadCatalogFiles())
            {
                text.Append(content.TrimEnd()).Append("\n\n");
            }

            return text.ToString();
        }

        /// <summary>Each embedded catalog file (<c>AI.txt</c>, <c>Messaging.txt</c>...) with its text, in name order (the library models are no catalog file).</summary>
        public static IEnumerable<(string Name, string Text)> ReadCatalogFiles()
        {
            var assembly = typeof(RulesLoader).Assembly;
            var names = assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(CatalogResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal)
                    && n != LibraryModelsResourceName)
                .OrderBy(n => n, StringComparer.Ordinal);
            foreach (var name in names)
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                yield return (name.Substring(CatalogResourcePrefix.Length), reader.ReadToEnd().Replace("\r\n", "\n"));
            }
        }
    }
}
