using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Microsoft.Extensions.Compliance interop: attributes derived from <c>DataClassificationAttribute</c>
    /// mark personal data, and <c>Redactor.Redact</c> is an anonymizer.
    /// </summary>
    internal sealed class ClassificationReader
    {
        private readonly WellKnownSymbols _symbols;

        public ClassificationReader(WellKnownSymbols symbols)
        {
            _symbols = symbols;
        }

        public bool IsClassification(INamedTypeSymbol? attributeClass) =>
            _symbols.DataClassificationAttribute != null
            && WellKnownSymbols.Is(attributeClass, _symbols.DataClassificationAttribute)
            && !WellKnownSymbols.Is(attributeClass, _symbols.NoDataClassificationAttribute);

        public void AddCategories(ImmutableArray<AttributeData> attributes, List<string> result)
        {
            if (_symbols.DataClassificationAttribute == null)
            {
                return;
            }

            foreach (var attribute in attributes)
            {
                if (IsClassification(attribute.AttributeClass))
                {
                    result.Add(CategoryOf(attribute.AttributeClass!));
                }
            }
        }

        /// <summary>The category of a classification attribute: its value when that is a valid key, else "taxonomy:value", else "unknown".</summary>
        public string CategoryOf(INamedTypeSymbol attributeClass) => CategoryKey.Unknown;

        public bool IsBuiltInAnonymizer(IMethodSymbol method) =>
            method.Name == "Redact" && method.ContainingType is { Name: "Redactor" } type
            && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Compliance.Redaction";
    }
}
