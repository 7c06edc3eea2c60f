using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Reads constructor and named arguments of attributes, tolerating half-typed code.</summary>
    internal static class AttributeValues
    {
        public static string? String(AttributeData attribute, int index) =>
            attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index].Kind == TypedConstantKind.Primitive
                ? attribute.ConstructorArguments[index].Value as string
                : null;

        public static string? Named(AttributeData attribute, string name)
        {
            foreach (var pair in attribute.NamedArguments)
            {
                if (pair.Key == name)
                {
                    return pair.Value.Value as string;
                }
            }

            return null;
        }

        public static int? NamedInt(AttributeData attribute, string name)
        {
            foreach (var pair in attribute.NamedArguments)
            {
                if (pair.Key == name && pair.Value.Value is int value)
                {
                    return value;
                }
            }

            return null;
        }

        /// <summary>The strings of a <c>params string[]</c> constructor argument.</summary>
        public static ImmutableArray<string> StringArray(AttributeData attribute)
        {
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Array
                && !attribute.ConstructorArguments[0].IsNull)
            {
                return attribute.ConstructorArguments[0].Values.Select(v => v.Value as string).Where(v => v != null).Select(v => v!).ToImmutableArray();
            }

            return ImmutableArray<string>.Empty;
        }
    }
}
