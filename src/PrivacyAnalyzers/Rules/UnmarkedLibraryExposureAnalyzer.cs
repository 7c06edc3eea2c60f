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

                var model = PrivacyModelCache.Get(start.Compilation, start.Options, start.CancellationToken);
                start.RegisterSyntaxNodeAction(c => Analyze(c, model), SyntaxKind.MethodDeclaration, SyntaxKind.PropertyDeclaration);
            });
        }

        /// <summary>
        /// A syntax-node action rather than an operation-block one: the diagnostic sits on the member's
        /// name, outside the getter's body, and must stay local to what is analyzed for the code fix to apply.
        /// </summary>
        private static void Analyze(SyntaxNodeAnalysisContext context, PrivacyModel model)
        {
            if (context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not { } declared
                || ExposedMember(declared) is not { } member || HasClassification(model, member))
            {
                return;
            }

            var exposed = new ReturnedSources(model);
            foreach (var body in Bodies(context.Node))
            {
                if (context.SemanticModel.GetOperation(body, context.CancellationToken) is { } block)
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
