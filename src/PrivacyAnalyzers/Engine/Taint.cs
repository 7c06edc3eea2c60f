using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The origins a value may carry, each with the shortest path it took. Immutable; joins keep the
    /// shorter path of an origin (the first one on a tie, so results do not depend on timing).
    /// </summary>
    internal sealed class Taint
    {
        public static readonly Taint Empty = new Taint(SmallMap<Origin, PathStep?>.Empty);

        private Taint(SmallMap<Origin, PathStep?> facts)
        {
            Facts = facts;
        }

        /// <summary>Each origin with its path, in the order the origins were first met.</summary>
        public SmallMap<Origin, PathStep?> Facts { get; }

        public bool IsEmpty => Facts.IsEmpty;

        /// <summary>Whether some fact has an origin of this kind (a parameter placeholder, a field placeholder).</summary>
        public bool HasOrigin(OriginKind kind)
        {
            foreach (var fact in Facts)
            {
                if (fact.Key.Kind == kind)
                {
                    return true;
                }
            }

            return false;
        }

        public static Taint Of(Origin origin, PathStep? path = null) =>
            new Taint(SmallMap<Origin, PathStep?>.Empty.SetItem(origin, path));

        public Taint Add(Origin origin, PathStep? path)
        {
            var index = Facts.IndexOf(origin);
            if (index >= 0 && Length(Facts[index].Value) <= Length(path))
            {
                return this;
            }

            var added = new Taint(Facts.SetItem(origin, path));
            return added.Facts.Count > MaxFacts ? added.Widen() : added;
        }

        public Taint Join(Taint other)
        {
            if (other.IsEmpty || ReferenceEquals(this, other))
            {
                return this;
            }

            if (IsEmpty)
            {
                return other;
            }

            if (Facts.Count + other.Facts.Count > LargeJoin)
            {
                return JoinLarge(other);
            }

            var facts = Facts.Merge(other.Facts, ShorterPath);
            return facts.Count == Facts.Count && SamePaths(facts, Facts) ? this : new Taint(facts);
        }

        /// <summary>A join keeps an origin's shorter path, and the first one on a tie.</summary>
        private static readonly System.Func<PathStep?, PathStep?, bool> ShorterPath = (mine, theirs) => Length(mine) > Length(theirs);

        /// <summary>The facts whose origin <paramref name="other"/> does not hold.</summary>
        public Taint Except(Taint other)
        {
            if (other.IsEmpty || IsEmpty)
            {
                return this;
            }

            var kept = new List<KeyValuePair<Origin, PathStep?>>(Facts.Count);
            foreach (var fact in Facts)
            {
                if (!other.Facts.TryGetValue(fact.Key, out _))
                {
                    kept.Add(new KeyValuePair<Origin, PathStep?>(fact.Key, fact.Value));
                }
            }

            return kept.Count == Facts.Count ? this : FromFacts(kept);
        }

        /// <summary>Every path gets one more step at <paramref name="location"/>.</summary>
        public Taint WithStep(Location location) =>
            IsEmpty ? this : new Taint(Facts.Select(location, static (path, at) => PathStep.Append(path, at)));

        public Taint Anonymize(ImmutableArray<string> categories)
        {
            var kept = new List<KeyValuePair<Origin, PathStep?>>(Facts.Count);
            foreach (var fact in Facts)
            {
                if (fact.Key.Anonymize(categories) is { } origin)
                {
                    kept.Add(new KeyValuePair<Origin, PathStep?>(origin, fact.Value));
                }
            }

            return FromFacts(kept);
        }

        /// <summary>
        /// The taint of a value computed from this one: its parameter placeholders become <see cref="Origin.Derived"/>. With
        /// <paramref name="wholeFields"/> and more than <see cref="EngineLimits.FieldPathsPerNumber"/> placeholders for members
        /// of fields, those stand for their whole field (which holds its members' too).
        /// </summary>
        public Taint Derived(bool wholeFields = false)
        {
            if (IsEmpty)
            {
                return this; // the shared empty taint is never written
            }

            if (!wholeFields)
            {
                // Asked at every evaluation of a number: kept, as the values that ask are (a race computes the same taint twice).
                return _derived ??= ComputeDerived(false);
            }

            return ComputeDerived(true);
        }

        private Taint? _derived;

        private Taint ComputeDerived(bool wholeFields)
        {
            var any = false;
            var fieldPaths = 0;
            foreach (var fact in Facts)
            {
                any |= fact.Key.Kind == OriginKind.Parameter && !fact.Key.Derived;
                fieldPaths += fact.Key.Kind == OriginKind.Field && fact.Key.MemberPath.Length > 0 ? 1 : 0;
            }

            wholeFields &= fieldPaths > EngineLimits.FieldPathsPerNumber;
            any |= wholeFields;
            if (!any)
            {
                return this;
            }

            var derived = new List<KeyValuePair<Origin, PathStep?>>(Facts.Count);
            foreach (var fact in Facts)
            {
                derived.Add(new KeyValuePair<Origin, PathStep?>(fact.Key.Kind == OriginKind.Field ? (wholeFields ? fact.Key.WithoutMembers() : fact.Key) : fact.Key.AsDerived(), fact.Value));
            }

            return FromFacts(derived);
        }

        /// <summary>A taint of these facts; an origin met twice keeps its shorter path (the first on a tie).</summary>
        public static Taint FromFacts(List<KeyValuePair<Origin, PathStep?>> facts)
        {
            if (facts.Count == 0)
            {
                return Empty;
            }

            var taint = new Taint(DistinctFacts.Of(facts));
            return taint.Facts.Count > MaxFacts ? taint.Widen() : taint;
        }

        /// <summary>
        /// Past <see cref="MaxFacts"/> facts, placeholders for members of a parameter ("Owner.Phone") give way to
        /// the whole parameter: a sound over-approximation that keeps taints, and the engine's time, bounded.
        /// </summary>
        private Taint Widen()
        {
            var widened = new List<KeyValuePair<Origin, PathStep?>>(Facts.Count);
            var changed = false;
            foreach (var fact in Facts)
            {
                var origin = fact.Key.Kind == OriginKind.Parameter && fact.Key.MemberPath.Length > 0 ? fact.Key.WithoutMembers() : fact.Key;
                changed |= !ReferenceEquals(origin, fact.Key);
                widened.Add(new KeyValuePair<Origin, PathStep?>(origin, fact.Value));
            }

            return changed ? FromFacts(widened) : this;
        }

        public bool SameAs(Taint other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (Facts.Count != other.Facts.Count)
            {
                return false;
            }

            if (SamePaths(Facts, other.Facts))
            {
                return true;
            }

            if (Facts.Count > LargeJoin)
            {
                var theirs = new Dictionary<Origin, int>(other.Facts.Count);
                foreach (var fact in other.Facts)
                {
                    theirs[fact.Key] = Length(fact.Value);
                }

                foreach (var fact in Facts)
                {
                    if (!theirs.TryGetValue(fact.Key, out var length) || length != Length(fact.Value))
                    {
                        return false;
                    }
                }

                return true;
            }

            foreach (var fact in Facts)
            {
                if (!other.Facts.TryGetValue(fact.Key, out var path) || Length(path) != Length(fact.Value))
                {
                    return false;
                }
            }

            return true;
        }

        public static int Length(PathStep? path) => path?.Length ?? 0;

        // Above this many facts a join indexes them by hash instead of searching the array.
        private const int LargeJoin = 16;

        private const int MaxFacts = EngineLimits.FactsPerValue;

        private Taint JoinLarge(Taint other)
        {
            var all = new List<KeyValuePair<Origin, PathStep?>>(Facts.Count + other.Facts.Count);
            foreach (var fact in Facts)
            {
                all.Add(fact);
            }

            foreach (var fact in other.Facts)
            {
                all.Add(fact);
            }

            var joined = FromFacts(all);
            return joined.Facts.Count == Facts.Count && SamePaths(joined.Facts, Facts) ? this : joined;
        }

        /// <summary>Same entries in the same order, paths by reference (a join that changed nothing).</summary>
        private static bool SamePaths(SmallMap<Origin, PathStep?> a, SmallMap<Origin, PathStep?> b)
        {
            for (var i = 0; i < a.Count; i++)
            {
                if (!ReferenceEquals(a[i].Key, b[i].Key) || !ReferenceEquals(a[i].Value, b[i].Value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
