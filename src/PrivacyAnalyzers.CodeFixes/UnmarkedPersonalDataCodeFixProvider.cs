using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.CodeFixes.Editing;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV100: marks the member with <c>[PersonalData(DataCategory.X)]</c>, X being the category its name suggests.
    /// Fields, properties and the parameters of records and primary constructors (which are stored); not the
    /// parameters of methods and constructors, which mostly pass a value along: the data is marked where it is kept.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnmarkedPersonalDataCodeFixProvider)), Shared]
    public sealed class UnmarkedPersonalDataCodeFixProvider : DocumentCodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnmarkedPersonalData);

        protected override string? TitleFor(Diagnostic diagnostic, SyntaxNode root) =>
            Marks(diagnostic, root) && PersonalDataAdder.CanFix(diagnostic, root) && diagnostic.Properties.TryGetValue(DiagnosticProperties.CategoryName, out var name)
                ? $"Mark as [PersonalData(DataCategory.{name})]"
                : null;

        protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var kept = root == null ? ImmutableArray<Diagnostic>.Empty : diagnostics.Where(d => Marks(d, root)).ToImmutableArray();
            return kept.IsEmpty ? document : await PersonalDataAdder.AddAsync(document, kept, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>False for a parameter of a method or constructor body; true for everything else PRIV100 reports.</summary>
        private static bool Marks(Diagnostic diagnostic, SyntaxNode root) =>
            !diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree
            || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not ParameterSyntax { Parent.Parent: BaseMethodDeclarationSyntax };
    }
}
