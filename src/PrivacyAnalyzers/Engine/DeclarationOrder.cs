using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Orders methods by where they are declared (file, then position, then name): a stable order across runs and threads.</summary>
    internal sealed class DeclarationOrder : IComparer<IMethodSymbol>
    {
        public static readonly DeclarationOrder Instance = new DeclarationOrder();

        public int Compare(IMethodSymbol? x, IMethodSymbol? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            var a = x?.Locations.Length > 0 ? x.Locations[0] : Location.None;
            var b = y?.Locations.Length > 0 ? y.Locations[0] : Location.None;
            var byFile = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
            if (byFile != 0)
            {
                return byFile;
            }

            var byPosition = a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
            return byPosition != 0 ? byPosition : string.CompareOrdinal(x?.ToDisplayString(), y?.ToDisplayString());
        }
    }
}
