using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Data of one origin handed to a sink at one expression, with the path it took.</summary>
    internal sealed class SinkHit
    {
        public SinkHit(SinkInfo sink, Location location, Origin origin, PathStep? path, ConsentFacts? consent = null, bool deferred = false)
        {
            Sink = sink;
            Location = location;
            Origin = origin;
            Path = path;
            Consent = consent ?? ConsentFacts.None;
            Deferred = deferred;
        }

        public SinkHit(SinkHit hit, Origin origin, PathStep? path)
            : this(hit.Sink, hit.Location, origin, path, hit.Consent, hit.Deferred)
        {
        }

        public SinkInfo Sink { get; }

        /// <summary>The expression handed to the sink.</summary>
        public Location Location { get; }

        public Origin Origin { get; }

        /// <summary>Steps from the source (exclusive) to the sink expression (exclusive).</summary>
        public PathStep? Path { get; }

        /// <summary>The consent checks that returned true on every path to the sink call, in its method and the callers followed so far.</summary>
        public ConsentFacts Consent { get; }

        /// <summary>
        /// Its method lacked a consent that a promise may need: callers were asked to supply it, and the flow is judged at
        /// compilation end (where it stands when no caller supplies the consent).
        /// </summary>
        public bool Deferred { get; }

        public int PathLength => Taint.Length(Path);

        /// <summary>The same hit reached with more consent (at a call site), deferred.</summary>
        public SinkHit WithConsent(ConsentFacts granted) => new SinkHit(Sink, Location, Origin, Path, Consent.Union(granted), deferred: true);
    }
}
