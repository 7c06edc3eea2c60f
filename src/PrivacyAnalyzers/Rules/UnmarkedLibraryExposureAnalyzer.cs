using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Exposure;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV020: a public or protected property or method of a public type returns personal data read
    /// from an annotated member (<c>public string Phone =&gt; _account.PhoneNumber;</c>) without carrying
    /// <c>[PersonalData]</c> for that category itself, so projects that reference the library lose track of the data.
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

                // Without personal data anywhere there is nothing to expose: keep the cost at zero.
                var model = PrivacyModelCache.Get(start.Compilation, start.Options, start.CancellationToken);
                if (!PersonalDataPresence.IsPossible(model, start.CancellationToken))
                {
                    return;
                }

                // A tree action, not node actions: those would make the driver bind the whole compilation.
                var compilation = start.Compilation;
                start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, compilation, model));
            });
        }

        /// <summary>
        /// Methods and properties of type declarations (never inside bodies) that can be visible outside by their
        /// modifiers and have a body: only those are bound. The diagnostic sits on the member's name, in this tree.
        /// </summary>
        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, Compilation compilation, PrivacyModel model)
        {
            SemanticModel? semanticModel = null;
            var root = context.Tree.GetRoot(context.CancellationToken);
            foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax
                         || (n is TypeDeclarationSyntax type && MayBeVisibleOutside(type))))
            {
                if (node is not (MethodDeclarationSyntax or PropertyDeclarationSyntax) || !MayBeVisibleOutside((MemberDeclarationSyntax)node) || !Bodies(node).Any())
                {
                    continue;
                }

                semanticModel ??= SharedSemanticModel.For(compilation, context.Tree);
                Analyze(context, semanticModel, node, model);
            }
        }

        private static void Analyze(SyntaxTreeAnalysisContext context, SemanticModel semanticModel, SyntaxNode node, PrivacyModel model)
        {
            if (semanticModel.GetDeclaredSymbol(node, context.CancellationToken) is not { } declared
                || ExposedMember(declared) is not { } member || HasClassification(model, member))
            {
                return;
            }

            var exposed = new ReturnedSources(model);
            foreach (var body in Bodies(node))
            {
                if (semanticModel.GetOperation(body, context.CancellationToken) is { } block)
                {
                    exposed.AddReturnsOf(block);
                }
            }

            var marked = model.SourceCategories(member);
            foreach (var (category, source) in exposed.Found)
            {
                if (marked.Any(m => CategoryKey.Covers(m, category)))
                {
                    continue;
                }

                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.Category, category)
                    .Add(DiagnosticProperties.Source, PrivacyModel.DisplayName(source.Symbol));
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UnmarkedLibraryExposure, member.Locations[0],
                    new[] { source.Location }, properties, PrivacyModel.DisplayName(member), category, PrivacyModel.DisplayName(source.Symbol)));
            }
        }

        /// <summary>
        /// False only when the modifiers rule visibility out: a type or member marked private, internal or private protected,
        /// or a member of a class or struct with no accessibility (private). A partial type's accessibility may sit on another
        /// part, an interface member is public by default: both stay in, and the symbol decides.
        /// </summary>
        private static bool MayBeVisibleOutside(MemberDeclarationSyntax declaration)
        {
            var modifiers = declaration.Modifiers;
            if (modifiers.Any(SyntaxKind.PrivateKeyword) || (modifiers.Any(SyntaxKind.InternalKeyword) && !modifiers.Any(SyntaxKind.ProtectedKeyword)))
            {
                return false;
            }

            return modifiers.Any(SyntaxKind.PublicKeyword) || modifiers.Any(SyntaxKind.ProtectedKeyword)
                || (declaration is TypeDeclarationSyntax ? modifiers.Any(SyntaxKind.PartialKeyword) : declaration.Parent is InterfaceDeclarationSyntax);
        }

        /// <summary>The bodies whose returns a caller receives: the method's, or the property's getter.</summary>
        private static IEnumerable<SyntaxNode> Bodies(SyntaxNode declaration)
        {
            switch (declaration)
            {
                case MethodDeclarationSyntax method:
                    return new SyntaxNode?[] { method.Body, method.ExpressionBody }.OfType<SyntaxNode>();
                case PropertyDeclarationSyntax { ExpressionBody: { } arrow }:
                    return new[] { arrow };
                case PropertyDeclarationSyntax property:
                    var getter = property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
                    return new SyntaxNode?[] { getter?.Body, getter?.ExpressionBody }.OfType<SyntaxNode>();
                default:
                    return Enumerable.Empty<SyntaxNode>();
            }
        }

        /// <summary>Methods that return something and properties, when a referencing project can see them.</summary>
        private static ISymbol? ExposedMember(ISymbol member) =>
            member is IMethodSymbol { MethodKind: MethodKind.Ordinary, ReturnsVoid: false } or IPropertySymbol
            && !member.IsOverride && IsVisibleOutside(member)
                ? member
                : null;

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
