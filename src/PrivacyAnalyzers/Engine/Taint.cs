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
        public static readonly Taint Empty = new Taint(ImmutableDictionary<Origin, PathStep?>.Empty);

        private Taint(ImmutableDictionary<Origin, PathStep?> facts)
        {
            Facts = facts;
        }

        public ImmutableDictionary<Origin, PathStep?> Facts { get; }

        public bool IsEmpty => Facts.Count == 0;

        public static Taint Of(Origin origin, PathStep? path = null) =>
            new Taint(ImmutableDictionary<Origin, PathStep?>.Empty.Add(origin, path));

        public Taint Add(Origin origin, PathStep? path)
        {
            if (Facts.TryGetValue(origin, out var existing) && Length(existing) <= Length(path))
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

            var result = this;
            foreach (var fact in other.Facts)
            {
                result = result.Add(fact.Key, fact.Value);
            }

            return result;
        }

        /// <summary>Every path gets one more step at <paramref name="location"/>.</summary>
        public Taint WithStep(Location location)
        {
            if (IsEmpty)
            {
                return this;
            }

            var builder = ImmutableDictionary.CreateBuilder<Origin, PathStep?>();
            foreach (var fact in Facts)
            {
                builder[fact.Key] = PathStep.Append(fact.Value, location);
            }

            return new Taint(builder.ToImmutable());
        }

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

        public IEnumerable<KeyValuePair<Origin, PathStep?>> Placeholders()
        {
            foreach (var fact in Facts)
            {
                if (!fact.Key.IsConcrete)
                {
                    yield return fact;
                }
            }
        }

        public static int Length(PathStep? path) => path?.Length ?? 0;
    }
}
