using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// A parameter of a method of the compilation whose content reaches a field (<c>_last = customer</c>): at compilation
    /// end it holds what every caller passed, and copies it on to the field, like a field copied into another one.
    /// </summary>
    internal sealed class ParameterNode : System.IEquatable<ParameterNode>
    {
        public ParameterNode(IMethodSymbol method, Origin placeholder)
        {
            Method = method;
            Placeholder = placeholder;
        }

        public IMethodSymbol Method { get; }

        /// <summary>The parameter placeholder (its ordinal, member path and anonymizations) as the method's writes use it.</summary>
        public Origin Placeholder { get; }

        public bool Equals(ParameterNode? other) =>
            other != null && SymbolEqualityComparer.Default.Equals(Method, other.Method) && Placeholder.Equals(other.Placeholder);

        public override bool Equals(object? obj) => Equals(obj as ParameterNode);

        public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(Method) * 31) + Placeholder.GetHashCode();
    }

    /// <summary>Keys of <see cref="FieldContents"/>: symbols compared as symbols, parameter nodes by value.</summary>
    internal static class FieldKey
    {
        public static readonly KeyComparer Comparer = new KeyComparer();

        internal sealed class KeyComparer : IEqualityComparer<object>
        {
            public new bool Equals(object? x, object? y) =>
                x is ISymbol a ? y is ISymbol b && SymbolEqualityComparer.Default.Equals(a, b) : object.Equals(x, y);

            public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
        }
    }
}
