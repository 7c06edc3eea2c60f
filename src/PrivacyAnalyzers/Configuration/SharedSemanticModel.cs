using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// The semantic model of a tree, for syntax-tree actions (which get none) and for callee bodies in the
    /// flow engine. <c>CompilationWithAnalyzers</c> installs a caching provider, so this is the driver's own
    /// model and nothing is bound twice; holding on to it is left to the driver.
    /// </summary>
    internal static class SharedSemanticModel
    {
        public static SemanticModel For(Compilation compilation, SyntaxTree tree)
        {
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel(): the driver's caching provider answers it (see above).
            return compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        }
    }
}
