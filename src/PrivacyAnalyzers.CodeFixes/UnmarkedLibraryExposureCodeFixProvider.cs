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
    /// <summary>PRIV020: marks the exposing member with the category it returns (<c>[return: PersonalData(...)]</c> on a method).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnmarkedLibraryExposureCodeFixProvider)), Shared]
    public sealed class UnmarkedLibraryExposureCodeFixProvider : DocumentCodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnmarkedLibraryExposure);

        protected override string? TitleFor(Diagnostic diagnostic, SyntaxNode root) =>
            PersonalDataAdder.CanFix(diagnostic, root) ? $"Mark as [PersonalData] ({diagnostic.Properties[DiagnosticProperties.Category]})" : null;

        protected override Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
            PersonalDataAdder.AddAsync(document, diagnostics, cancellationToken);
    }
}
