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

        public static Taint Of(Origin origin, PathStep? path = null) =>
            new Taint(SmallMap<Origin, PathStep?>.Empty.SetItem(origin, path));

        public Taint Add(Origin origin, PathStep? path)
        {
            var index = Facts.IndexOf(origin);
            if (index >= 0 && Length(Facts[index].Value) <= Length(path))
            {
                return this;
            }

            return new Taint(Facts.SetItem(origin, path));
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

            var facts = Facts;
            foreach (var fact in other.Facts)
            {
                var index = facts.IndexOf(fact.Key);
                if (index < 0 || Length(facts[index].Value) > Length(fact.Value))
                {
                    facts = facts.SetItem(fact.Key, fact.Value);
                }
            }

            return facts.Count == Facts.Count && SamePaths(facts, Facts) ? this : new Taint(facts);
        }

        /// <summary>Every path gets one more step at <paramref name="location"/>.</summary>
        public Taint WithStep(Location location) =>
            IsEmpty ? this : new Taint(Facts.Select(path => PathStep.Append(path, location)));

        public Taint Anonymize(ImmutableArray<string> categories)
        {
            var result = Empty;
            foreach (var fact in Facts)
            {
                if (fact.Key.Anonymize(categories) is { } kept)
                {
                    result = result.Add(kept, fact.Value);
                }
            }

            return result;
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
