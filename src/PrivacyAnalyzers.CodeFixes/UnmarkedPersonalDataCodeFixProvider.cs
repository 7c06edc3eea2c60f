using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.CodeFixes.Editing;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>PRIV100: marks the member with <c>[PersonalData(DataCategory.X)]</c>, X being the category its name suggests.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnmarkedPersonalDataCodeFixProvider)), Shared]
    public sealed class UnmarkedPersonalDataCodeFixProvider : DocumentCodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnmarkedPersonalData);

        protected override string? TitleFor(Diagnostic diagnostic, SyntaxNode root) =>
            PersonalDataAdder.CanFix(diagnostic, root) && diagnostic.Properties.TryGetValue(DiagnosticProperties.CategoryName, out var name)
                ? $"Mark as [PersonalData(DataCategory.{name})]"
                : null;

        protected override Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
            PersonalDataAdder.AddAsync(document, diagnostics, cancellationToken);
    }
}
