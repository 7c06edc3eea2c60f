using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Orders methods by where they are declared (file, then position, then name): a stable order across runs and threads.</summary>
    internal sealed class DeclarationOrder : IComparer<IMethodSymbol>
    {
        public static readonly DeclarationOrder Instance = new DeclarationOrder();

        // A source method's Locations is a new array on every read, and a sort reads it for every comparison: the sorts of
        // all summaries at compilation end allocated more than any other part of the engine's settling. Weak keys: a
        // compilation's symbols (and their places) go when it does.
        private static readonly ConditionalWeakTable<IMethodSymbol, Place> Places = new ConditionalWeakTable<IMethodSymbol, Place>();

        public int Compare(IMethodSymbol? x, IMethodSymbol? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            var a = PlaceOf(x);
            var b = PlaceOf(y);
            var byFile = string.CompareOrdinal(a.File, b.File);
            if (byFile != 0)
            {
                return byFile;
            }

            var byPosition = a.Position.CompareTo(b.Position);
            return byPosition != 0 ? byPosition : string.CompareOrdinal(x?.ToDisplayString(), y?.ToDisplayString());
        }

        private static Place PlaceOf(IMethodSymbol? method) =>
            method == null ? Place.None : Places.GetValue(method, static m =>
            {
                var location = m.Locations.Length > 0 ? m.Locations[0] : Location.None;
                return new Place(location.SourceTree?.FilePath, location.SourceSpan.Start);
            });

        private sealed class Place
        {
            public static readonly Place None = new Place(null, 0);

            public Place(string? file, int position)
            {
                File = file;
                Position = position;
            }

            public string? File { get; }

            public int Position { get; }
        }
    }
}
