using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    internal enum OriginKind
    {
        /// <summary>Personal data of a known category, read from a source member.</summary>
        Source,

        /// <summary>Whatever the caller passes in a parameter (or <c>this</c>), resolved at each call site.</summary>
        Parameter,

        /// <summary>Whatever any method of the compilation writes into a field, resolved at compilation end.</summary>
        Field,
    }

    /// <summary>
    /// Why a value may be personal. Source origins are concrete; parameter and field origins are
    /// placeholders that make method summaries reusable for every caller.
    /// </summary>
    internal sealed class Origin : IEquatable<Origin>
    {
        private Origin(OriginKind kind, string category, string sourceName, Location sourceLocation, int ordinal, string memberPath, ISymbol? field, ImmutableArray<string>? cleared, bool derived = false)
        {
            Derived = derived;
            Kind = kind;
            Category = category;
            SourceName = sourceName;
            SourceLocation = sourceLocation;
            Ordinal = ordinal;
            MemberPath = memberPath;
            Field = field;
            Cleared = cleared;
            _hash = ((((int)kind * 31 + ordinal) * 31 + category.GetHashCode()) * 31 + memberPath.GetHashCode()) * 31
                + sourceName.GetHashCode() + (field == null ? 0 : SymbolEqualityComparer.Default.GetHashCode(field)) + (derived ? 7 : 0);
        }

        // Origins are compared on every taint join: the hash, computed once, rules most pairs out at once.
        private readonly int _hash;

        // Equality leaves the source's location out on purpose: the same member read at many places is one
        // origin (a taint keeps the shortest path, and its location, among them). Otherwise a value built
        // from many reads of a source carries one origin per read, and taints grow with the code base.

        public OriginKind Kind { get; }

        /// <summary>Category key (Source origins only).</summary>
        public string Category { get; }

        /// <summary>"Account.PhoneNumber": the member the data was read from (Source origins).</summary>
        public string SourceName { get; }

        /// <summary>Where the data was read (Source origins).</summary>
        public Location SourceLocation { get; }

        /// <summary>Parameter ordinal, -1 for <c>this</c> (Parameter origins); for Field origins, see <see cref="Receiver"/>.</summary>
        public int Ordinal { get; }

        /// <summary>Members read from the parameter, dot-separated metadata names; empty for the whole value.</summary>
        public string MemberPath { get; }

        public ISymbol? Field { get; }

        /// <summary>How many members deep a parameter placeholder reads ("Owner.Phone" is 2).</summary>
        public int MemberDepth
        {
            get
            {
                // Read for every fact the engine joins: a loop, as LINQ over a string allocates an enumerator per read.
                var depth = MemberPath.Length == 0 ? 0 : 1;
                foreach (var c in MemberPath)
                {
                    depth += c == '.' ? 1 : 0;
                }

                return depth;
            }
        }

        /// <summary>For placeholders: categories an anonymizer cleared on the way (empty array: all); null when none.</summary>
        public ImmutableArray<string>? Cleared { get; }

        /// <summary>
        /// For parameter placeholders: the value was computed from the parameter (a number, a flag) rather than being it, so it
        /// stands for everything the caller's argument carries, with no members kept apart.
        /// </summary>
        public bool Derived { get; }

        /// <summary>The placeholder as part of a value computed from it (<see cref="Derived"/>); other origins stay as they are.</summary>
        public Origin AsDerived() =>
            Derived || Kind != OriginKind.Parameter ? this : new Origin(Kind, Category, SourceName, SourceLocation, Ordinal, MemberPath, Field, Cleared, derived: true);

        public bool IsConcrete => Kind == OriginKind.Source;

        public static Origin Source(string category, string sourceName, Location location) =>
            new Origin(OriginKind.Source, category, sourceName, location, 0, "", null, null);

        public static Origin Parameter(int ordinal, string memberPath = "") =>
            memberPath.Length == 0 && ordinal >= -1 && ordinal < WholeParameters.Length - 1
                ? WholeParameters[ordinal + 1]
                : new Origin(OriginKind.Parameter, "", "", Location.None, ordinal, memberPath, null, null);

        /// <summary>
        /// The placeholders of whole parameters (and <c>this</c>), shared by every summary, so the members read from them
        /// are built once (<see cref="WithMember"/>). They and the members they remember hold no symbol and no location, so
        /// sharing them keeps no compilation alive, and what they remember is equal to what would be built anew.
        /// </summary>
        private static readonly ImmutableArray<Origin> WholeParameters = Enumerable.Range(-1, 34)
            .Select(ordinal => new Origin(OriginKind.Parameter, "", "", Location.None, ordinal, "", null, null)).ToImmutableArray();

        public static Origin ForField(ISymbol field) =>
            new Origin(OriginKind.Field, "", "", Location.None, NoReceiver, "", field, null);

        /// <summary>
        /// What any instance's <paramref name="field"/> may hold, read through parameter <paramref name="receiver"/>
        /// (<c>this.d</c>): a caller that passes an object it built itself knows that object's members and drops it.
        /// </summary>
        public static Origin ForField(ISymbol field, int receiver) =>
            new Origin(OriginKind.Field, "", "", Location.None, receiver, "", field, null);

        private const int NoReceiver = int.MinValue;

        /// <summary>The parameter whose object a field placeholder was read through (-1: <c>this</c>); null when not known.</summary>
        public int? Receiver => Kind == OriginKind.Field && Ordinal != NoReceiver ? Ordinal : null;

        /// <summary>The same field placeholder read through another parameter, or through no known one.</summary>
        public Origin WithReceiver(int? receiver) =>
            new Origin(Kind, Category, SourceName, SourceLocation, receiver ?? NoReceiver, MemberPath, Field, Cleared, Derived);

        /// <summary>
        /// The placeholder one member deeper. Calls read the same few members of the same placeholders again and again (each
        /// summary applied reads "Owner.Phone" from its argument), so the first few are kept here and built once.
        /// </summary>
        public Origin WithMember(string member)
        {
            var known = Volatile.Read(ref _members);
            if (known != null)
            {
                foreach (var pair in known)
                {
                    if (string.Equals(pair.Key, member, StringComparison.Ordinal))
                    {
                        return pair.Value;
                    }
                }
            }

            var deeper = new Origin(Kind, Category, SourceName, SourceLocation, Ordinal, MemberPath.Length == 0 ? member : MemberPath + "." + member, Field, Cleared, Derived);
            if (known == null || known.Length < RememberedMembers)
            {
                var grown = new KeyValuePair<string, Origin>[(known?.Length ?? 0) + 1];
                known?.CopyTo(grown, 0);
                grown[grown.Length - 1] = new KeyValuePair<string, Origin>(member, deeper);
                Interlocked.CompareExchange(ref _members, grown, known); // another thread's table wins a race: either is right
            }

            return deeper;
        }

        private const int RememberedMembers = 8;

        /// <summary>Origins of members read from this placeholder (see <see cref="WithMember"/>); equal to any built anew.</summary>
        private KeyValuePair<string, Origin>[]? _members;

        /// <summary>A placeholder for the whole parameter (or field) instead of one of its members.</summary>
        public Origin WithoutMembers() =>
            MemberPath.Length == 0 ? this : new Origin(Kind, Category, SourceName, SourceLocation, Ordinal, "", Field, Cleared, Derived);

        /// <summary>This origin after an anonymizer that clears <paramref name="categories"/> (empty: all); null when nothing is left.</summary>
        public Origin? Anonymize(ImmutableArray<string> categories)
        {
            if (categories.IsEmpty)
            {
                return null;
            }

            if (IsConcrete)
            {
                foreach (var cleared in categories)
                {
                    if (CategoryKey.Covers(cleared, Category))
                    {
                        return null;
                    }
                }

                return this;
            }

            var merged = Cleared is { } previous ? (previous.IsEmpty ? previous : previous.AddRange(categories)) : categories;
            return new Origin(Kind, Category, SourceName, SourceLocation, Ordinal, MemberPath, Field, merged, Derived);
        }

        /// <summary>Applies this placeholder's anonymizations to a concrete origin that replaces it.</summary>
        public Origin? FilterResolved(Origin concrete) => Cleared is { } cleared ? concrete.Anonymize(cleared) : concrete;

        public bool Equals(Origin? other) =>
            ReferenceEquals(this, other)
            || other != null && _hash == other._hash && Kind == other.Kind && Ordinal == other.Ordinal
            && string.Equals(Category, other.Category, StringComparison.Ordinal)
            && string.Equals(SourceName, other.SourceName, StringComparison.Ordinal)
            && string.Equals(MemberPath, other.MemberPath, StringComparison.Ordinal)
            && SymbolEqualityComparer.Default.Equals(Field, other.Field)
            && Derived == other.Derived
            && ClearedEquals(Cleared, other.Cleared);

        public override bool Equals(object? obj) => Equals(obj as Origin);

        public override int GetHashCode() => _hash;

        private static bool ClearedEquals(ImmutableArray<string>? a, ImmutableArray<string>? b) =>
            a.HasValue == b.HasValue && (!a.HasValue || System.Linq.Enumerable.SequenceEqual(a.Value, b!.Value));
    }
}
