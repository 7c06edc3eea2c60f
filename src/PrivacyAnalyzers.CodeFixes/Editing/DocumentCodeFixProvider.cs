using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PrivacyAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// A fix that edits the document of its diagnostics and may add <c>using PrivacyAnalyzers;</c>.
    /// Fix All hands every diagnostic of a document to one <see cref="FixAsync"/> call, so the using is
    /// added once (a batch of single fixes would each add it and collide).
    /// </summary>
    public abstract class DocumentCodeFixProvider : CodeFixProvider
    {
        public sealed override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => FixOrNullAsync(document, diagnostics, context.CancellationToken));

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (TitleFor(diagnostic, root) is { } title)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>One key for every fix of the provider: Fix All then fixes every diagnostic, whatever its category.</summary>
        protected string EquivalenceKey => GetType().Name;

        /// <summary>The title of the fix for <paramref name="diagnostic"/>, or null when it cannot be fixed.</summary>
        protected abstract string? TitleFor(Diagnostic diagnostic, SyntaxNode root);

        protected abstract Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);

        private async Task<Document?> FixOrNullAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
            diagnostics.IsEmpty ? null : await FixAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
    }
}
