using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Sources keyed by a method and a constant argument (<c>User.FindFirstValue(ClaimTypes.Email)</c>), from source lines with <c>when</c>.</summary>
    internal sealed partial class PrivacyModel
    {
        /// <summary>The categories a call of <paramref name="method"/> with these arguments returns; empty for most calls, at the cost of one lookup.</summary>
        public ImmutableArray<string> ConditionalSourceCategories(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
        {
            // Only M: lines have conditions, so the method's own key is the only one to try (no type or namespace walk).
            if (Rules.ConditionalSources.Count == 0 || !Rules.ConditionalSources.TryGetValue(method.OriginalDefinition, out var sources))
            {
                return ImmutableArray<string>.Empty;
            }

            List<string>? result = null;
            foreach (var source in sources)
            {
                if (source.Condition.Holds(arguments))
                {
                    (result ??= new List<string>()).AddRange(source.Categories);
                }
            }

            return result == null ? ImmutableArray<string>.Empty : Distinct(result);
        }
    }
}
