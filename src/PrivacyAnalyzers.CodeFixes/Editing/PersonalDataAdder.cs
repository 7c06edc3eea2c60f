using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Adds <c>[PersonalData(category)]</c> to the declarations named by diagnostics (located at the
    /// declared identifier, category in the <c>category</c> property): as <c>[return: ...]</c> on a method
    /// and <c>[property: ...]</c> on a record's positional parameter, where readers of the data look.
    /// </summary>
    internal static class PersonalDataAdder
    {
        public static bool CanFix(Diagnostic diagnostic, SyntaxNode root) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.Category, out var key) && key != null
            && Declaration(root, diagnostic) != null;

        public static async Task<Document> AddAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit)
            {
                return document;
            }

            var keysByNode = new Dictionary<SyntaxNode, List<string>>();
            foreach (var diagnostic in diagnostics)
            {
                if (Declaration(unit, diagnostic) is { } node && diagnostic.Properties.TryGetValue(DiagnosticProperties.Category, out var key) && key != null)
                {
                    if (!keysByNode.TryGetValue(node, out var keys))
                    {
                        keysByNode[node] = keys = new List<string>();
                    }

                    if (!keys.Contains(key))
                    {
                        keys.Add(key);
                    }
                }
            }

            if (keysByNode.Count == 0)
            {
                return document;
            }

            var needsUsing = !await PrivacySyntax.SeesAnnotationsAsync(document, keysByNode.Keys.First().SpanStart, cancellationToken).ConfigureAwait(false);
            var eol = await PrivacySyntax.EndOfLineAsync(document, unit, cancellationToken).ConfigureAwait(false);
            unit = unit.ReplaceNodes(keysByNode.Keys, (original, rewritten) =>
            {
                foreach (var key in keysByNode[original])
                {
                    rewritten = AddTo(rewritten, key, eol);
                }

                return rewritten;
            });
            return document.WithSyntaxRoot(needsUsing ? PrivacySyntax.AddUsing(unit, eol) : unit);
        }

        /// <summary>The declaration that takes the attribute: a field, property, method or parameter.</summary>
        private static SyntaxNode? Declaration(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                return null;
            }

            var parent = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            return parent switch
            {
                VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field,
                PropertyDeclarationSyntax or MethodDeclarationSyntax or ParameterSyntax => parent,
                _ => null,
            };
        }

        private static SyntaxNode AddTo(SyntaxNode node, string key, SyntaxTrivia eol) => node switch
        {
            ParameterSyntax parameter => PrivacySyntax.WithAttribute(parameter,
                PrivacySyntax.PersonalDataList(key, parameter.Parent?.Parent is RecordDeclarationSyntax ? SyntaxKind.PropertyKeyword : null),
                p => p.AttributeLists, (p, lists) => p.WithAttributeLists(lists), eol, inline: true),
            MethodDeclarationSyntax method => PrivacySyntax.WithAttribute(method, PrivacySyntax.PersonalDataList(key, SyntaxKind.ReturnKeyword),
                m => m.AttributeLists, (m, lists) => m.WithAttributeLists(lists), eol, inline: false),
            MemberDeclarationSyntax member => PrivacySyntax.WithAttribute(member, PrivacySyntax.PersonalDataList(key, null),
                m => m.AttributeLists, (m, lists) => m.WithAttributeLists(lists), eol, inline: false),
            _ => node,
        };
    }
}
