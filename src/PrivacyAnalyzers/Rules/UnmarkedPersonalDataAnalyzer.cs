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
            // Also keeps the tree action off generated trees.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                var model = PrivacyModelCache.Get(compilation, start.Options, start.CancellationToken);
                // Read by the package's first-build hint: a project that marks nothing yet is told how to mark these.
                var nothingMarked = !PersonalDataPresence.IsPossible(model, start.CancellationToken);
                // A tree action, not symbol actions: those would make the driver bind the whole compilation.
                start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, compilation, model, nothingMarked));
            });
        }

        /// <summary>
        /// Declarations only, never method bodies (local functions and lambdas were never checked). A name the
        /// classifier rejects for every kind of value is dropped before anything is bound.
        /// </summary>
        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, Compilation compilation, PrivacyModel model, bool nothingMarked)
        {
            SemanticModel? semanticModel = null;
            var root = context.Tree.GetRoot(context.CancellationToken);
            foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax
                         or BaseMethodDeclarationSyntax or ParameterListSyntax or BaseFieldDeclarationSyntax or VariableDeclarationSyntax))
            {
                var identifier = node switch
                {
                    VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } variable => variable.Identifier,
                    PropertyDeclarationSyntax property => property.Identifier,
                    ParameterSyntax { Parent: ParameterListSyntax { Parent: BaseMethodDeclarationSyntax or TypeDeclarationSyntax } } parameter => parameter.Identifier,
                    _ => default,
                };
                if (identifier.ValueText.Length == 0 || PersonalNameClassifier.Classify(identifier.ValueText, ValueKind.Other) == null)
                {
                    continue;
                }

                semanticModel ??= SharedSemanticModel.For(compilation, context.Tree);
                switch (semanticModel.GetDeclaredSymbol(node, context.CancellationToken))
                {
                    case IFieldSymbol field:
                        AnalyzeField(context, model, field, nothingMarked);
                        break;
                    case IPropertySymbol property:
                        AnalyzeProperty(context, model, property, nothingMarked);
                        break;
                    case IParameterSymbol parameter:
                        AnalyzeParameter(context, model, parameter, nothingMarked);
                        break;
                }
            }
        }

        private static void AnalyzeField(SyntaxTreeAnalysisContext context, PrivacyModel model, IFieldSymbol field, bool nothingMarked)
        {
            if (!field.IsImplicitlyDeclared && !field.IsConst && field.AssociatedSymbol == null)
            {
                Check(context, model, field, field.Type, nothingMarked);
            }
        }

        private static void AnalyzeProperty(SyntaxTreeAnalysisContext context, PrivacyModel model, IPropertySymbol property, bool nothingMarked)
        {
            if (!property.IsImplicitlyDeclared && !property.IsIndexer && !IsInherited(property) && !IsRecordPositional(property))
            {
                Check(context, model, property, property.Type, nothingMarked);
            }
        }

        private static void AnalyzeParameter(SyntaxTreeAnalysisContext context, PrivacyModel model, IParameterSymbol parameter, bool nothingMarked)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol method || method.IsImplicitlyDeclared
                || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor) || IsInherited(method)
                || method.PartialDefinitionPart != null)
            {
                return;
            }

            // A record's positional parameter is also a property: either may carry the attribute.
            var property = RecordProperty(parameter);
            if (property == null || !IsMarked(model, property))
            {
                // Only what the code fix marks counts for the hint: not a parameter that passes a value along.
                Check(context, model, parameter, parameter.Type, nothingMarked && IsStored(parameter));
            }
        }

        private static void Check(SyntaxTreeAnalysisContext context, PrivacyModel model, ISymbol symbol, ITypeSymbol type, bool nothingMarked)
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
            if (nothingMarked)
            {
                properties = properties.Add(DiagnosticProperties.NothingMarked, "true");
            }

            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UnmarkedPersonalData, symbol.Locations[0], properties, symbol.Name, key));
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

        /// <summary>A parameter of a record or of a primary constructor, which the type keeps.</summary>
        private static bool IsStored(IParameterSymbol parameter) =>
            parameter.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ParameterSyntax { Parent.Parent: TypeDeclarationSyntax });

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
