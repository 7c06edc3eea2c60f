using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Calls that return personal data for some constant arguments only: a claim looked up by its type.</summary>
    internal sealed partial class MethodFlowAnalysis
    {
        private AbstractValue ConditionalSourcesOf(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IOperation call)
        {
            var categories = _engine.Model.ConditionalSourceCategories(method, arguments);
            if (categories.IsEmpty)
            {
                return AbstractValue.Empty;
            }

            // The source is named with the argument that made it one: "ClaimsPrincipal.FindFirst(ClaimTypes.Email)".
            var keyed = arguments.FirstOrDefault(a => a.Value.ConstantValue is { HasValue: true, Value: string })?.Value.Syntax.ToString();
            var name = PrivacyModel.DisplayName(method) + "(" + keyed + ")";
            var taint = Taint.Empty;
            foreach (var category in categories)
            {
                taint = taint.Add(Origin.Source(category, name, call.Syntax.GetLocation()), null);
            }

            return AbstractValue.Of(taint);
        }
    }
}
