using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV020: a public or protected property or method of a public type returns personal data without carrying
    /// <c>[PersonalData]</c> for that category itself, so projects that reference the library lose track of it. It reads
    /// what the flow engine's summaries say the member returns (through helpers, <c>switch</c> expressions, collections,
    /// fields set elsewhere), at compilation end. Executables are skipped: nobody references their API.
    /// </summary>
    internal static class UnmarkedLibraryExposureRule
    {
        /// <summary>
        /// The members whose return values the rule reads (the engine analyzes them even where they reach no sink), or
        /// null when the rule has nothing to do: an executable, PRIV020 turned off (<c>dotnet_diagnostic.PRIV020.severity
        /// = none</c>), or a command-line build whose info diagnostics nobody reads (<c>build_property.PrivacyInfoDiagnostics
        /// = false</c>, set by the package's targets when the compiler's log is there only for the first-build hint). Then
        /// PRIV020 costs no flow work at all.
        /// </summary>
        public static Func<IMethodSymbol, bool>? ReturnsRead(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var off = compilation.Options.SpecificDiagnosticOptions.TryGetValue(RuleIdentifiers.UnmarkedLibraryExposure, out var severity) && severity == ReportDiagnostic.Suppress
                || (compilation.Options.SyntaxTreeOptionsProvider?.TryGetGlobalDiagnosticValue(RuleIdentifiers.UnmarkedLibraryExposure, cancellationToken, out severity) == true
                    && severity == ReportDiagnostic.Suppress)
                || (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.PrivacyInfoDiagnostics", out var info)
                    && string.Equals(info?.Trim(), "false", StringComparison.OrdinalIgnoreCase));
            return off || !SummaryExport.IsLibrary(compilation) ? null : static method => ExposedMember(method) != null;
        }

        public static void Report(FlowEngine engine, PrivacyModel model, Action<Diagnostic> report)
        {
            foreach (var method in engine.AnalyzedMethods.OrderBy(m => m, DeclarationOrder.Instance))
            {
                if (ExposedMember(method) is not { } member || HasClassification(model, member))
                {
                    continue;
                }

                var marked = model.SourceCategories(member);
                foreach (var origin in engine.ReturnedSources(method))
                {
                    if (marked.Any(m => CategoryKey.Covers(m, origin.Category)))
                    {
                        continue;
                    }

                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add(DiagnosticProperties.Category, origin.Category)
                        .Add(DiagnosticProperties.Source, origin.SourceName);
                    report(Diagnostic.Create(RuleDescriptors.UnmarkedLibraryExposure, member.Locations[0],
                        origin.SourceLocation.IsInSource ? new[] { origin.SourceLocation } : Array.Empty<Location>(),
                        properties, PrivacyModel.DisplayName(member), origin.Category, origin.SourceName));
                }
            }
        }

        /// <summary>A method that returns something, or a property through its getter, when a referencing project can see it.</summary>
        private static ISymbol? ExposedMember(IMethodSymbol method)
        {
            ISymbol? member = method.MethodKind switch
            {
                MethodKind.Ordinary when !method.ReturnsVoid => method,
                MethodKind.PropertyGet => method.AssociatedSymbol,
                _ => null,
            };
            return member != null && !member.IsOverride && member.Locations.FirstOrDefault()?.IsInSource == true && IsVisibleOutside(member) ? member : null;
        }

        private static bool IsVisibleOutside(ISymbol member) => member.ContainingType != null && SummaryExport.IsVisible(member, internalsVisible: false);

        /// <summary>
        /// A classification attribute (Microsoft.Extensions.Compliance, <c>NoDataClassification</c> included) is the
        /// team's own decision about the member: PRIV020 stays out. <c>[PersonalData]</c> marks only its categories.
        /// </summary>
        private static bool HasClassification(PrivacyModel model, ISymbol member)
        {
            var attributes = member is IMethodSymbol method ? method.GetAttributes().AddRange(method.GetReturnTypeAttributes()) : member.GetAttributes();
            return attributes.Any(a => WellKnownSymbols.Is(a.AttributeClass, model.Symbols.DataClassificationAttribute));
        }
    }
}
