using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Positional records: the property a record generates from a primary-constructor parameter.</summary>
    internal sealed partial class PrivacyModel
    {
        /// <summary>The primary-constructor parameter a positional record property was generated from, or null.</summary>
        private static IParameterSymbol? PositionalParameter(IPropertySymbol property)
        {
            if (property.ContainingType is not { IsRecord: true } type
                || property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not ParameterSyntax syntax)
            {
                return null;
            }

            foreach (var constructor in type.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name && parameter.DeclaringSyntaxReferences.Any(r => r.GetSyntax() == syntax))
                    {
                        return parameter;
                    }
                }
            }

            return null;
        }
    }
}
