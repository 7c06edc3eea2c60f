using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV012: <c>#pragma warning disable PRIVnnn</c> with no comment on its line, and
    /// <c>[SuppressMessage]</c> for a PRIV rule without a <c>Justification</c>. Syntax only, in a tree action:
    /// directives are walked only in trees that have some, and attributes are looked for on declarations
    /// (never inside method bodies), so a file costs a walk of its declarations and allocates nothing else.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnjustifiedSuppressionAnalyzer : DiagnosticAnalyzer
    {
        private const string RulePrefix = "PRIV";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.UnjustifiedSuppression);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(tree =>
            {
                var root = tree.Tree.GetRoot(tree.CancellationToken);
                if (root.ContainsDirectives)
                {
                    CheckPragmas(root, tree.ReportDiagnostic);
                }

                foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or MemberDeclarationSyntax or AttributeListSyntax))
                {
                    if (node is AttributeSyntax attribute)
                    {
                        CheckAttribute(attribute, tree.ReportDiagnostic);
                    }
                }
            });
        }

        private static void CheckPragmas(SyntaxNode root, Action<Diagnostic> report)
        {
            for (var directive = root.GetFirstDirective(); directive != null; directive = directive.GetNextDirective())
            {
                if (directive is not PragmaWarningDirectiveTriviaSyntax pragma
                    || !pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword)
                    || HasReason(pragma))
                {
                    continue;
                }

                foreach (var code in pragma.ErrorCodes)
                {
                    if (code is IdentifierNameSyntax { Identifier.ValueText: var id } && IsPrivacyRule(id))
                    {
                        report(Diagnostic.Create(RuleDescriptors.UnjustifiedSuppression, code.GetLocation(),
                            "'#pragma warning disable " + id + "'", id, "add a comment on the same line that says why"));
                    }
                }
            }
        }

        private static void CheckAttribute(AttributeSyntax attribute, Action<Diagnostic> report)
        {
            var name = AttributeName(attribute.Name);
            if (name is not ("SuppressMessage" or "SuppressMessageAttribute") || attribute.ArgumentList is not { } list)
            {
                return;
            }

            var positional = list.Arguments.Where(a => a.NameEquals == null && a.NameColon == null).ToList();
            var checkId = list.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "checkId")
                ?? (positional.Count > 1 ? positional[1] : null);
            if (checkId?.Expression is not LiteralExpressionSyntax { Token.ValueText: var text } || RuleId(text) is not { } id)
            {
                return;
            }

            var justification = list.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Justification");
            var given = justification != null && !justification.Expression.IsMissing
                && (justification.Expression is not LiteralExpressionSyntax literal || !string.IsNullOrWhiteSpace(literal.Token.ValueText));
            if (!given)
            {
                report(Diagnostic.Create(RuleDescriptors.UnjustifiedSuppression, attribute.GetLocation(),
                    "[SuppressMessage]", id, "set Justification to say why"));
            }
        }

        /// <summary>A comment with some text in it, after the directive on its line.</summary>
        private static bool HasReason(PragmaWarningDirectiveTriviaSyntax pragma) =>
            pragma.DescendantTrivia().Any(t => (t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia))
                && t.ToString().Trim('/', '*', ' ', '\t').Length > 0);

        /// <summary>"PRIV003" of "PRIV003" or "PRIV003:Title", when it names a PRIV rule.</summary>
        private static string? RuleId(string checkId)
        {
            var colon = checkId.IndexOf(':');
            var id = (colon < 0 ? checkId : checkId.Substring(0, colon)).Trim();
            return IsPrivacyRule(id) ? id : null;
        }

        private static bool IsPrivacyRule(string id) =>
            id.Length > RulePrefix.Length && id.StartsWith(RulePrefix, StringComparison.Ordinal)
            && id.Skip(RulePrefix.Length).All(char.IsDigit);

        private static string AttributeName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => "",
        };
    }
}
