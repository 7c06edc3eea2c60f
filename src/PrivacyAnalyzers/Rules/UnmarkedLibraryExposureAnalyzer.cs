using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV020: a public or protected property or method of a public type returns personal data read
    /// from an annotated member (<c>public string Phone =&gt; _account.PhoneNumber;</c>) without carrying
    /// <c>[PersonalData]</c> itself, so projects that reference the library lose track of the data.
    /// Executables are skipped: nobody references their API.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnmarkedLibraryExposureAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.UnmarkedLibraryExposure);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication)
                {
                    return;
                }

                var model = PrivacyModelCache.Get(start.Compilation, start.Options, start.CancellationToken);
                start.RegisterOperationBlockAction(c => Analyze(c, model));
            });
        }

        private static void Analyze(OperationBlockAnalysisContext context, PrivacyModel model)
        {
            if (context.OwningSymbol is not IMethodSymbol method || ExposedMember(method) is not { } member || IsMarked(model, member))
            {
                return;
            }

            var exposed = new ReturnedSources(model);
            foreach (var block in context.OperationBlocks)
            {
                exposed.AddReturnsOf(block);
            }

            foreach (var (category, source) in exposed.Found)
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.Category, category)
                    .Add(DiagnosticProperties.Source, PrivacyModel.DisplayName(source.Symbol));
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UnmarkedLibraryExposure, member.Locations[0],
                    new[] { source.Location }, properties, PrivacyModel.DisplayName(member), category, PrivacyModel.DisplayName(source.Symbol)));
            }
        }

        /// <summary>The member a referencing project sees through this body: the method, or the property of a getter.</summary>
        private static ISymbol? ExposedMember(IMethodSymbol method)
        {
            ISymbol? member = method.MethodKind switch
            {
                MethodKind.Ordinary when !method.ReturnsVoid => method,
                MethodKind.PropertyGet => method.AssociatedSymbol,
                _ => null,
            };
            return member != null && !member.IsOverride && IsVisibleOutside(member) ? member : null;
        }

        private static bool IsVisibleOutside(ISymbol member)
        {
            if (member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }

            for (var type = member.ContainingType; type != null; type = type.ContainingType)
            {
                if (type.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
                {
                    return false;
                }
            }

            return member.ContainingType != null;
        }

        /// <summary>Marked by <c>[PersonalData]</c> (on it or its return), a classification attribute or the rules file.</summary>
        private static bool IsMarked(PrivacyModel model, ISymbol member)
        {
            var attributes = member is IMethodSymbol method ? method.GetAttributes().AddRange(method.GetReturnTypeAttributes()) : member.GetAttributes();
            return !model.SourceCategories(member).IsEmpty
                || attributes.Any(a => WellKnownSymbols.Is(a.AttributeClass, model.Symbols.PersonalData)
                                       || WellKnownSymbols.Is(a.AttributeClass, model.Symbols.DataClassificationAttribute));
        }
    }
}
