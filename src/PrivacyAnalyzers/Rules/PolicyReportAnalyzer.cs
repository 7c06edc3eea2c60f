using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV900 for the privacy report's policy side: one report per promise and per disclosure, at its
    /// attribute (or rules-file line), so the report can list promises kept/broken and disclosures
    /// used/unused. Flows are reported by the flow analyzer. Off unless the build asks for the report
    /// (PRIV900 enabled and <c>build_property.PrivacyReport = true</c>, both set by the package's targets).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyReportAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Keys of <c>Diagnostic.Properties</c> on policy reports, beside <see cref="DiagnosticProperties"/>.</summary>
        internal static class Keys
        {
            public const string Kind = "kind";
            public const string Never = "never";
            public const string Statement = "statement";
            public const string Purpose = "purpose";
            public const string KindSharedFile = "sharedFile";
            public const string KindUnresolved = "unresolved";
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.FlowReport);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // Like the flow analyzer: only a build that asks for the report (the targets make the property visible).
                if (!start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.PrivacyReport", out var report)
                    || !string.Equals(report?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }

                var model = PrivacyModelCache.Get(start.Compilation, start.Options, start.CancellationToken);
                var items = PolicyItems(model.Policy);
                items.AddRange(SharedRulesItems(model.Rules));
                if (items.Count == 0)
                {
                    return;
                }

                // Attributes sit in syntax trees, rules-file lines in additional files: each is reported where it is.
                start.RegisterSyntaxTreeAction(tree => Report(items, l => l.SourceTree == tree.Tree, tree.ReportDiagnostic));
                start.RegisterAdditionalFileAction(file => Report(items,
                    l => !l.IsInSource && string.Equals(l.GetLineSpan().Path, file.AdditionalFile.Path, StringComparison.Ordinal),
                    file.ReportDiagnostic));
            });
        }

        private static void Report(List<Diagnostic> items, Func<Location, bool> here, Action<Diagnostic> report)
        {
            foreach (var item in items)
            {
                if (here(item.Location))
                {
                    report(item);
                }
            }
        }

        private static List<Diagnostic> PolicyItems(PrivacyPolicy policy)
        {
            var items = new List<Diagnostic>();
            foreach (var promise in policy.Promises)
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(Keys.Kind, "promise")
                    .Add(DiagnosticProperties.Id, policy.IdOf(promise))
                    .Add(DiagnosticProperties.Category, promise.Category)
                    .Add(Keys.Never, Words(promise.NeverSharedWith))
                    .Add(Keys.Statement, promise.Statement);
                if (promise.ConsentRequiredFor != RecipientKind.None)
                {
                    properties = properties.Add(DiagnosticProperties.ConsentRecipients, Words(promise.ConsentRequiredFor));
                }

                items.Add(Diagnostic.Create(RuleDescriptors.FlowReport, promise.Location, properties,
                    "Promise: " + Promise.DefaultStatement(promise.Category, promise.NeverSharedWith, promise.ConsentRequiredFor)));
            }

            foreach (var disclosure in policy.Disclosures)
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(Keys.Kind, "disclosure")
                    .Add(DiagnosticProperties.Id, policy.IdOf(disclosure))
                    .Add(DiagnosticProperties.Category, disclosure.Category)
                    .Add(DiagnosticProperties.Recipients, Words(disclosure.Declared))
                    .Add(DiagnosticProperties.Party, disclosure.Party)
                    .Add(Keys.Purpose, disclosure.Purpose);
                var party = disclosure.Party == null ? "" : $" ({disclosure.Party})";
                items.Add(Diagnostic.Create(RuleDescriptors.FlowReport, disclosure.Location, properties,
                    $"Disclosure: {disclosure.Category} is shared with {RecipientKinds.Describe(disclosure.Declared)}{party}"));
            }

            return items;
        }

        /// <summary>
        /// For the solution report: each shared rules file this project read (at its first line), and each of its lines
        /// naming a symbol this project does not know, which only the solution can tell apart from a typo.
        /// </summary>
        private static IEnumerable<Diagnostic> SharedRulesItems(ResolvedRules rules)
        {
            foreach (var path in rules.SharedFiles)
            {
                var start = Location.Create(path, default, default);
                yield return Diagnostic.Create(RuleDescriptors.FlowReport, start, ImmutableDictionary<string, string?>.Empty.Add(Keys.Kind, Keys.KindSharedFile),
                    "Shared rules file");
            }

            foreach (var silenced in rules.SilencedShared)
            {
                yield return Diagnostic.Create(RuleDescriptors.FlowReport, silenced.Location, ImmutableDictionary<string, string?>.Empty.Add(Keys.Kind, Keys.KindUnresolved),
                    silenced.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        /// <summary>"advertising,affiliate": the rules-file words of a set of recipients, comma separated.</summary>
        private static string Words(RecipientKind kinds)
        {
            var words = new List<string>();
            foreach (RecipientKind kind in Enum.GetValues(typeof(RecipientKind)))
            {
                if (kind != RecipientKind.None && (kinds & kind) == kind)
                {
                    words.Add(RecipientKinds.Word(kind));
                }
            }

            return string.Join(",", words);
        }
    }
}
