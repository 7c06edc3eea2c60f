using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.CodeFixes.Editing;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV010 on a category key: replaces the malformed string (<c>"Phone"</c>) with the nearest
    /// well-known constant (<c>DataCategory.PhoneNumber</c>). Works whether the diagnostic sits on the
    /// attribute or on the argument; the optional <c>key</c> property names the bad key when several
    /// arguments could be meant. Other PRIV010 problems (a misplaced attribute) get no fix here.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MalformedCategoryCodeFixProvider)), Shared]
    public sealed class MalformedCategoryCodeFixProvider : DocumentCodeFixProvider
    {
        /// <summary>Optional diagnostic property: the malformed key as written.</summary>
        public const string KeyProperty = "key";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MalformedAnnotation);

        protected override string? TitleFor(Diagnostic diagnostic, SyntaxNode root) =>
            Replacements(diagnostic, root).FirstOrDefault() is { Literal: not null } found ? $"Use DataCategory.{found.Constant}" : null;

        protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit)
            {
                return document;
            }

            var replacements = new Dictionary<SyntaxNode, string>();
            foreach (var (literal, constant) in diagnostics.SelectMany(d => Replacements(d, unit)))
            {
                replacements[literal] = constant;
            }

            if (replacements.Count == 0)
            {
                return document;
            }

            var needsUsing = !await PrivacySyntax.SeesAnnotationsAsync(document, replacements.Keys.First().SpanStart, cancellationToken).ConfigureAwait(false);
            var eol = await PrivacySyntax.EndOfLineAsync(document, unit, cancellationToken).ConfigureAwait(false);
            unit = unit.ReplaceNodes(replacements.Keys, (original, _) => PrivacySyntax.DataCategory(replacements[original]).WithTriviaFrom(original));
            return document.WithSyntaxRoot(needsUsing ? PrivacySyntax.AddUsing(unit, eol) : unit);
        }

        /// <summary>The malformed string literals of the attribute the diagnostic points at, with the constant each should become.</summary>
        private static IEnumerable<(LiteralExpressionSyntax Literal, string Constant)> Replacements(Diagnostic diagnostic, SyntaxNode root)
        {
            if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                yield break;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var attribute = node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
            if (attribute?.ArgumentList == null)
            {
                yield break;
            }

            diagnostic.Properties.TryGetValue(KeyProperty, out var wanted);
            var pointed = node.AncestorsAndSelf().OfType<AttributeArgumentSyntax>().FirstOrDefault();
            var arguments = pointed != null ? new[] { pointed } : attribute.ArgumentList.Arguments.Where(a => a.NameEquals == null && a.NameColon == null);
            foreach (var argument in arguments)
            {
                if (argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                    && !CategoryKey.IsValid(literal.Token.ValueText) && (wanted == null || wanted == literal.Token.ValueText)
                    && NearestCategory.Find(literal.Token.ValueText) is { } constant)
                {
                    yield return (literal, constant);
                }
            }
        }
    }
}
