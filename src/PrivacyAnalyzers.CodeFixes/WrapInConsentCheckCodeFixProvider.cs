using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV001 without consent: wraps the statement that calls the sink in <c>if (check) { ... }</c>, when exactly one
    /// <c>[ConsentCheck]</c> covering the missing recipients can be called there without arguments (a static member, a
    /// member of this type, or of a local, parameter, field or property in scope). With none or several, the team chooses.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WrapInConsentCheckCodeFixProvider)), Shared]
    public sealed class WrapInConsentCheckCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PromiseBroken);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.ConsentNeeded, out var words) || words == null
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<StatementSyntax>() is not { } statement
                    || statement is BlockSyntax || statement.Parent is not (BlockSyntax or SwitchSectionSyntax))
                {
                    continue;
                }

                var checks = CoveringChecks(model, statement.SpanStart, Needed(words), context.CancellationToken).Distinct().ToList();
                if (checks.Count == 1)
                {
                    var check = checks[0];
                    context.RegisterCodeFix(
                        CodeAction.Create($"Send only if '{check}' is true", ct => WrapAsync(context.Document, root, statement, check), nameof(WrapInConsentCheckCodeFixProvider) + check),
                        diagnostic);
                }
            }
        }

        private static RecipientKind Needed(string words)
        {
            var needed = RecipientKind.None;
            foreach (var word in words.Split(','))
            {
                if (RecipientKinds.TryParseWord(word.Trim(), out var kind))
                {
                    needed |= kind;
                }
            }

            return needed;
        }

        private static Task<Document> WrapAsync(Document document, SyntaxNode root, StatementSyntax statement, string check)
        {
            var wrapped = SyntaxFactory.IfStatement(SyntaxFactory.ParseExpression(check), SyntaxFactory.Block(statement.WithoutLeadingTrivia().WithoutTrailingTrivia()))
                .WithLeadingTrivia(statement.GetLeadingTrivia())
                .WithTrailingTrivia(statement.GetTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(statement, wrapped)));
        }

        /// <summary>The expressions, as written at <paramref name="position"/>, of the argument-free consent checks that cover <paramref name="needed"/>.</summary>
        private static IEnumerable<string> CoveringChecks(SemanticModel model, int position, RecipientKind needed, CancellationToken cancellationToken)
        {
            var consentAttribute = model.Compilation.GetTypeByMetadataName("PrivacyAnalyzers.ConsentCheckAttribute");
            if (consentAttribute == null || needed == RecipientKind.None)
            {
                yield break;
            }

            var within = model.GetEnclosingSymbol(position, cancellationToken);
            var isStatic = within?.IsStatic ?? true;
            foreach (var symbol in model.LookupSymbols(position))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsCheck(symbol, consentAttribute, needed) && (symbol.IsStatic || !isStatic))
                {
                    yield return Call(symbol, symbol.Name);
                    continue;
                }

                var (type, name) = symbol switch
                {
                    ILocalSymbol local => (local.Type, local.Name),
                    IParameterSymbol parameter => (parameter.Type, parameter.Name),
                    IFieldSymbol field when field.IsStatic || !isStatic => (field.Type, field.Name),
                    IPropertySymbol property when property.Parameters.IsEmpty && (property.IsStatic || !isStatic) => (property.Type, property.Name),
                    INamedTypeSymbol named when named.Locations.Any(l => l.IsInSource) => ((ITypeSymbol)named, named.Name),
                    _ => (null, ""),
                };
                if (type == null)
                {
                    continue;
                }

                var staticOnly = symbol is INamedTypeSymbol;
                foreach (var member in type.GetMembers())
                {
                    if (member.IsStatic == staticOnly && IsCheck(member, consentAttribute, needed) && model.IsAccessible(position, member))
                    {
                        yield return Call(member, name + "." + member.Name);
                    }
                }
            }
        }

        private static string Call(ISymbol check, string text) => check is IMethodSymbol ? text + "()" : text;

        private static bool IsCheck(ISymbol symbol, INamedTypeSymbol consentAttribute, RecipientKind needed)
        {
            var callable = symbol is IPropertySymbol { Parameters.IsEmpty: true, Type.SpecialType: SpecialType.System_Boolean }
                || symbol is IMethodSymbol { Parameters.IsEmpty: true, IsGenericMethod: false, ReturnType.SpecialType: SpecialType.System_Boolean, MethodKind: MethodKind.Ordinary };
            if (!callable)
            {
                return false;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, consentAttribute)
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int recipients)
                {
                    return (needed & ~RecipientKinds.Effective((RecipientKind)recipients)) == RecipientKind.None;
                }
            }

            return false;
        }
    }
}
