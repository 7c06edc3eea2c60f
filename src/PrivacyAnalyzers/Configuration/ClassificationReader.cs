using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Microsoft.Extensions.Compliance interop: attributes derived from <c>DataClassificationAttribute</c>
    /// mark personal data (Redactor.Redact, its anonymizer, is a line of the built-in library models).
    /// </summary>
    internal sealed class ClassificationReader
    {
        private readonly WellKnownSymbols _symbols;
        private readonly ClassificationSyntax? _syntax;
        private readonly ConcurrentDictionary<INamedTypeSymbol, string> _categories = new ConcurrentDictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);

        /// <param name="compilation">Where source-declared attribute classes are read; without it every category is <c>unknown</c>.</param>
        public ClassificationReader(WellKnownSymbols symbols, Compilation? compilation = null)
        {
            _symbols = symbols;
            _syntax = compilation == null ? null : new ClassificationSyntax(compilation);
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
        public string CategoryOf(INamedTypeSymbol attributeClass) => _categories.GetOrAdd(attributeClass, ComputeCategory);

        private string ComputeCategory(INamedTypeSymbol attributeClass)
        {
            if (_syntax == null || WellKnownSymbols.Is(attributeClass, _symbols.UnknownDataClassificationAttribute))
            {
                return CategoryKey.Unknown;
            }

            // The most derived class that passes a readable classification up decides; metadata classes cannot be read.
            for (var type = attributeClass; type != null && !SymbolEqualityComparer.Default.Equals(type, _symbols.DataClassificationAttribute); type = type.BaseType)
            {
                if (_syntax.BaseClassification(type) is { } found)
                {
                    return CategoryKey.IsValid(found.Value) ? found.Value
                        : found.Taxonomy.Length == 0 ? found.Value
                        : found.Taxonomy + ":" + found.Value;
                }
            }

            return CategoryKey.Unknown;
        }
    }
}
