using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using PrivacyAnalyzers.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PrivacyAnalyzers.CodeFixes.Editing
{
    /// <summary>Syntax the fixes write: category expressions, <c>[PersonalData]</c> lists, the <c>using</c>.</summary>
    internal static class PrivacySyntax
    {
        public const string Namespace = "PrivacyAnalyzers";

        /// <summary><c>DataCategory.PhoneNumber</c> for a well-known key, else the key as a string literal.</summary>
        public static ExpressionSyntax Category(string key)
        {
            var constant = WellKnownCategories.All.FirstOrDefault(c => c.Key == key).Constant;
            return constant == null
                ? LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(key))
                : DataCategory(constant);
        }

        public static ExpressionSyntax DataCategory(string constant) =>
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("DataCategory"), IdentifierName(constant));

        /// <summary><c>[PersonalData(DataCategory.X)]</c>, with a target (<c>property:</c>, <c>return:</c>) when given.</summary>
        public static AttributeListSyntax PersonalDataList(string key, SyntaxKind? target)
        {
            var attribute = Attribute(IdentifierName("PersonalData"), AttributeArgumentList(SingletonSeparatedList(AttributeArgument(Category(key)))));
            var list = AttributeList(SingletonSeparatedList(attribute));
            return target is { } kind ? list.WithTarget(AttributeTargetSpecifier(Token(kind)).WithTrailingTrivia(Space)) : list;
        }

        /// <summary>The line break the document already uses, else the one its options ask for.</summary>
        public static async Task<SyntaxTrivia> EndOfLineAsync(Document document, SyntaxNode root, CancellationToken cancellationToken)
        {
            var found = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (found.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return found;
            }

            var options = await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
            return SyntaxFactory.EndOfLine(options.GetOption(FormattingOptions.NewLine));
        }

        /// <summary>True when <c>DataCategory</c> already binds to the annotations at <paramref name="position"/> (a using, a global using, the namespace).</summary>
        public static async Task<bool> SeesAnnotationsAsync(Document document, int position, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return model != null && model.LookupNamespacesAndTypes(position, name: "DataCategory")
                .Any(s => s.ContainingNamespace?.ToDisplayString() == Namespace);
        }

        /// <summary>Adds <c>using PrivacyAnalyzers;</c> among the file's usings: after the System ones, in alphabetical order.</summary>
        public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root, SyntaxTrivia eol)
        {
            var directive = UsingDirective(ParseName(Namespace)).WithUsingKeyword(Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(Space)).WithTrailingTrivia(eol);
            var usings = root.Usings;
            if (usings.Count == 0)
            {
                // Keep a file header comment first: move the first token's leading trivia onto the using.
                var first = root.GetFirstToken();
                return root.ReplaceToken(first, first.WithLeadingTrivia())
                    .WithUsings(SingletonList(directive.WithLeadingTrivia(first.LeadingTrivia).WithTrailingTrivia(eol, eol)));
            }

            var index = 0;
            while (index < usings.Count && usings[index].GlobalKeyword.IsKind(SyntaxKind.None) && SortsBefore(usings[index].Name?.ToString() ?? ""))
            {
                index++;
            }

            return root.WithUsings(usings.Insert(index, directive));
        }

        private static bool SortsBefore(string name) =>
            name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || string.CompareOrdinal(name, Namespace) < 0;

        /// <summary>
        /// Adds <paramref name="list"/> to the node's attribute lists, on its own line for members, inline for
        /// parameters. It goes first, but after the PersonalData lists that sort before it, so the result does
        /// not depend on the order in which diagnostics are fixed.
        /// </summary>
        public static TNode WithAttribute<TNode>(TNode node, AttributeListSyntax list, Func<TNode, SyntaxList<AttributeListSyntax>> get,
            Func<TNode, SyntaxList<AttributeListSyntax>, TNode> set, SyntaxTrivia eol, bool inline)
            where TNode : SyntaxNode
        {
            var text = list.ToString();
            var lists = get(node);
            var index = 0;
            while (index < lists.Count && lists[index].Attributes.Any(a => a.Name.ToString() == "PersonalData")
                   && string.CompareOrdinal(lists[index].WithoutTrivia().ToString(), text) < 0)
            {
                index++;
            }

            var leading = node.GetLeadingTrivia();
            if (inline)
            {
                var bare = node.WithoutLeadingTrivia();
                return set(bare, get(bare).Insert(index, list.WithTrailingTrivia(Space))).WithLeadingTrivia(leading);
            }

            var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? TriviaList(leading.Last()) : TriviaList();
            if (index > 0)
            {
                return set(node, lists.Insert(index, list.WithLeadingTrivia(indentation).WithTrailingTrivia(eol)));
            }

            var stripped = node.WithLeadingTrivia(indentation);
            return set(stripped, get(stripped).Insert(0, list.WithLeadingTrivia(leading).WithTrailingTrivia(eol)));
        }
    }
}
