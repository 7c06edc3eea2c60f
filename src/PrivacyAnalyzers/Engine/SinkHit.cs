using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Data of one origin handed to a sink at one expression, with the path it took.</summary>
    internal sealed class SinkHit
    {
        public SinkHit(SinkInfo sink, Location location, Origin origin, PathStep? path)
        {
            Sink = sink;
            Location = location;
            Origin = origin;
            Path = path;
        }

        public SinkInfo Sink { get; }

        /// <summary>The expression handed to the sink.</summary>
        public Location Location { get; }

        public Origin Origin { get; }

        /// <summary>Steps from the source (exclusive) to the sink expression (exclusive).</summary>
        public PathStep? Path { get; }

        public int PathLength => Taint.Length(Path);
    }
}
