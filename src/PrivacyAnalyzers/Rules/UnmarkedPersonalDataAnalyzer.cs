using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Naming;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV100: a field, property, parameter or record member whose name says personal data
    /// (<c>PhoneNumber</c>, <c>DateOfBirth</c>, <c>Iban</c>) carries no <c>[PersonalData]</c>, no
    /// classification attribute and no rules-file <c>source:</c> entry. The code fix adds the attribute.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnmarkedPersonalDataAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.UnmarkedPersonalData);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = PrivacyModelCache.Get(start.Compilation, start.Options, start.CancellationToken);
                start.RegisterSymbolAction(c => AnalyzeField(c, model), SymbolKind.Field);
                start.RegisterSymbolAction(c => AnalyzeProperty(c, model), SymbolKind.Property);
                start.RegisterSymbolAction(c => AnalyzeParameters(c, model), SymbolKind.Method);
            });
        }

        private static void AnalyzeField(SymbolAnalysisContext context, PrivacyModel model)
        {
            var field = (IFieldSymbol)context.Symbol;
            if (!field.IsImplicitlyDeclared && !field.IsConst && field.AssociatedSymbol == null)
            {
                Check(context, model, field, field.Type, field);
            }
        }

        private static void AnalyzeProperty(SymbolAnalysisContext context, PrivacyModel model)
        {
            var property = (IPropertySymbol)context.Symbol;
            if (!property.IsImplicitlyDeclared && !property.IsIndexer && !IsInherited(property) && !IsRecordPositional(property))
            {
                Check(context, model, property, property.Type, property);
            }
        }

        private static void AnalyzeParameters(SymbolAnalysisContext context, PrivacyModel model)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (method.IsImplicitlyDeclared || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor) || IsInherited(method)
                || method.PartialDefinitionPart != null)
            {
                return;
            }

            foreach (var parameter in method.Parameters)
            {
                // A record's positional parameter is also a property: either may carry the attribute.
                var property = RecordProperty(parameter);
                if (property == null || !IsMarked(model, property))
                {
                    Check(context, model, parameter, parameter.Type, parameter);
                }
            }
        }

        private static void Check(SymbolAnalysisContext context, PrivacyModel model, ISymbol symbol, ITypeSymbol type, ISymbol location)
        {
            if (symbol.Locations.Length == 0 || !symbol.Locations[0].IsInSource || IsMarked(model, symbol) || !model.TypeCategories(type).IsEmpty)
            {
                return;
            }

            var name = PersonalNameClassifier.Classify(symbol.Name, ValueKinds.Of(type));
            if (name == null)
            {
                return;
            }

            name = ValueKinds.CategoryOf(type) ?? name;
            var key = WellKnownCategories.All.First(c => c.Constant == name).Key;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Category, key)
                .Add(DiagnosticProperties.CategoryName, name);
            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UnmarkedPersonalData, location.Locations[0], properties, symbol.Name, key));
        }

        /// <summary>Marked by <c>[PersonalData]</c> (even with a bad key: that is PRIV010's business), a classification attribute, or the rules file.</summary>
        private static bool IsMarked(PrivacyModel model, ISymbol symbol) =>
            symbol.GetAttributes().Any(a => WellKnownSymbols.Is(a.AttributeClass, model.Symbols.PersonalData)
                                            || WellKnownSymbols.Is(a.AttributeClass, model.Symbols.DataClassificationAttribute))
            || model.Rules.TryGet(model.Rules.Sources, symbol, out _);

        /// <summary>Overrides and interface implementations follow their base declaration, which is where the mark belongs.</summary>
        private static bool IsInherited(ISymbol member)
        {
            if (member.IsOverride || member is IMethodSymbol { ExplicitInterfaceImplementations.Length: > 0 } || member is IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 })
            {
                return true;
            }

            var type = member.ContainingType;
            return type != null && type.AllInterfaces.Any(i => i.GetMembers(member.Name).Any(m =>
                SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), member)));
        }

        private static bool IsRecordPositional(IPropertySymbol property) =>
            property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ParameterSyntax);

        /// <summary>The property a record's positional parameter declares, or null.</summary>
        private static IPropertySymbol? RecordProperty(IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType.IsRecord: true } ctor)
            {
                return null;
            }

            return ctor.ContainingType.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault(IsRecordPositional);
        }
    }
}
