using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Where a project's privacy policy lives in code: the first file (by path) holding
    /// <c>[assembly: PrivacyPromise]</c> or <c>[assembly: PrivacyDisclosure]</c>, else <c>PrivacyPolicy.cs</c>, created when missing.
    /// </summary>
    internal static class PolicyFile
    {
        public const string FileName = "PrivacyPolicy.cs";

        private static readonly string[] PolicyAttributes = { "PrivacyPromise", "PrivacyDisclosure" };

        public static async Task<Solution> AddAsync(Project project, IEnumerable<DisclosureText> disclosures, CancellationToken cancellationToken)
        {
            var texts = disclosures.Select(d => d.Attribute).Distinct().ToList();
            var document = await FindAsync(project, cancellationToken).ConfigureAwait(false);
            if (document == null)
            {
                var source = "using PrivacyAnalyzers;\n\n" + string.Concat(texts.Select(t => $"[assembly: {t}]\n"));
                var path = project.FilePath == null ? null : Path.Combine(Path.GetDirectoryName(project.FilePath)!, FileName);
                return project.AddDocument(FileName, SourceText.From(source), filePath: path).Project.Solution;
            }

            var unit = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            var eol = await PrivacySyntax.EndOfLineAsync(document, unit, cancellationToken).ConfigureAwait(false);
            var existing = new HashSet<string>(unit.AttributeLists.SelectMany(l => l.Attributes).Select(a => Normalize(a.ToString())));
            var lists = texts.Where(t => !existing.Contains(Normalize(t)))
                .Select(t => SyntaxFactory.ParseCompilationUnit($"[assembly: {t}]").AttributeLists[0].WithTrailingTrivia(eol))
                .ToList();
            if (lists.Count == 0)
            {
                return project.Solution;
            }

            var last = unit.AttributeLists.LastOrDefault(IsPolicyList);
            var index = last == null ? unit.AttributeLists.Count : unit.AttributeLists.IndexOf(last) + 1;
            var updated = unit.WithAttributeLists(unit.AttributeLists.InsertRange(index, lists));
            if (!await PrivacySyntax.SeesAnnotationsAsync(document, unit.EndOfFileToken.SpanStart, cancellationToken).ConfigureAwait(false))
            {
                updated = PrivacySyntax.AddUsing(updated, eol);
            }

            return document.WithSyntaxRoot(updated).Project.Solution;
        }

        private static async Task<Document?> FindAsync(Project project, CancellationToken cancellationToken)
        {
            Document? named = null;
            foreach (var document in project.Documents.OrderBy(d => d.FilePath ?? d.Name, System.StringComparer.Ordinal))
            {
                if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax unit && unit.AttributeLists.Any(IsPolicyList))
                {
                    return document;
                }

                if (document.Name == FileName)
                {
                    named = document;
                }
            }

            return named;
        }

        private static bool IsPolicyList(AttributeListSyntax list) =>
            list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true
            && list.Attributes.Any(a => PolicyAttributes.Any(p => Simple(a.Name).StartsWith(p, System.StringComparison.Ordinal)));

        private static string Simple(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => name.ToString(),
        };

        private static string Normalize(string text) => new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }
}
