using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Razor and Blazor: the code of <c>.razor</c> and <c>.cshtml</c> files (their <c>@code</c> blocks and markup
    /// expressions) reaches the compilation as generated code, which the driver does not hand to the analyzer. It is
    /// analyzed here, once, at compilation end; its diagnostics sit where its <c>#line</c> directives map them, in the
    /// Razor file. Other generated code stays unanalyzed, so a compilation without Razor pays nothing.
    /// </summary>
    internal sealed partial class FlowEngine
    {
        public IEnumerable<MethodSummary> AnalyzeRazorCode(CancellationToken cancellationToken)
        {
            foreach (var tree in Compilation.SyntaxTrees)
            {
                if (!GeneratedCode.IsRazor(tree))
                {
                    continue;
                }

                var model = SharedSemanticModel.For(Compilation, tree);
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (node is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax)
                        || model.GetDeclaredSymbol(node, cancellationToken) is not IMethodSymbol method
                        || BodyOperation(method, cancellationToken) is not { } body)
                    {
                        continue;
                    }

                    if (AnalyzeIfPersonal(method, body, () => BuildGraph(method, cancellationToken), cancellationToken) is { } summary)
                    {
                        yield return summary;
                    }
                }
            }
        }
    }
}
