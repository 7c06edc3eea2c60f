using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// One step of the path personal data took (an assignment, a call, a return), as an immutable
    /// list that grows at the end, so that every value shares its history with the values it came from.
    /// </summary>
    internal sealed class PathStep
    {
        public PathStep(Location location, PathStep? previous)
        {
            Location = location;
            Previous = previous;
            Length = (previous?.Length ?? 0) + 1;
        }

        public Location Location { get; }
        public PathStep? Previous { get; }
        public int Length { get; }

        /// <summary>
        /// Paths stop growing at this many steps: through a library's deep call chains they would otherwise grow
        /// without end, and every call would copy them. A diagnostic shows the first steps, then the sink.
        /// </summary>
        public const int MaxLength = EngineLimits.PathLength;

        public static PathStep? Append(PathStep? path, Location location)
        {
            if (path != null && (path.Location == location || path.Length >= MaxLength))
            {
                return path;
            }

            return new PathStep(location, path);
        }

        /// <summary>Appends <paramref name="tail"/> (a path that started from nothing) after <paramref name="head"/>.</summary>
        public static PathStep? Concat(PathStep? head, PathStep? tail)
        {
            if (tail == null || head?.Length >= MaxLength)
            {
                return head;
            }

            if (head == null)
            {
                return tail; // Append built it: no step repeats the one before, and it is no longer than MaxLength
            }

            return Append(Concat(head, tail.Previous), tail.Location);
        }

        public Location[] ToArray()
        {
            var result = new Location[Length];
            var i = Length - 1;
            for (var step = this; step != null; step = step.Previous)
            {
                result[i--] = step.Location;
            }

            return result;
        }
    }
}
