using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Which methods need flow analysis, decided from scans. Each body is scanned once, from the operation tree at hand
    /// (<see cref="MethodScan"/>), and the gate's and the sink side's questions about callees are answered from the
    /// scans. By default methods are decided and analyzed as they come, so their flows show in the editor as the user
    /// types; a callee the driver has not handed over yet is then bound to answer, and csc binds it again for emit.
    /// With <see cref="DecidesAtEnd"/> (command-line builds: <c>PrivacyCommandLineBuild=true</c>, set by the targets outside
    /// the editor) every method waits for compilation end with the driver's operation tree kept, and is decided and
    /// analyzed then, in declaration order, from the kept trees: no body is bound a second time (docs/performance.md).
    /// </summary>
    internal sealed partial class FlowEngine
    {
        private readonly ConcurrentDictionary<IMethodSymbol, MethodScan> _scans = new ConcurrentDictionary<IMethodSymbol, MethodScan>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _postponed = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>The driver's body operations of the methods waiting for compilation end, read there instead of binding again.</summary>
        private readonly ConcurrentDictionary<IMethodSymbol, IOperation> _keptBodies = new ConcurrentDictionary<IMethodSymbol, IOperation>(SymbolEqualityComparer.Default);

        /// <summary>Whether methods wait for compilation end, with their bodies kept (a build that reads every diagnostic at the end).</summary>
        public bool DecidesAtEnd { get; set; }

        private int _bodiesBoundForQuestions;

        /// <summary>How many bodies a question bound because no scan of them was kept (the driver had not handed them over).</summary>
        public int BodiesBoundForQuestions => _bodiesBoundForQuestions;

        /// <summary>The scan of a method's body: the one kept from the driver's tree, or read now (which binds the body).</summary>
        public MethodScan? ScanOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = Definition(method);
            if (_scans.TryGetValue(method, out var scan))
            {
                return scan;
            }

            if (BodyOperation(method, cancellationToken) is not { } body)
            {
                return null;
            }

            Interlocked.Increment(ref _bodiesBoundForQuestions);
            return Scan(method, body, new SummaryRequest(cancellationToken));
        }

        private MethodScan Scan(IMethodSymbol definition, IOperation body, SummaryRequest request) =>
            _scans.TryGetValue(definition, out var known)
                ? known
                : _scans.GetOrAdd(definition, new MethodScan(Gate.Scan(body), Reach.Scan(definition, body, request)));

        /// <summary>
        /// Whether a method needs flow analysis: it touches personal data and may reach a sink (or stores a delegate);
        /// otherwise it is recorded as untouched, or deferred until a flow needs it.
        /// </summary>
        private bool Decide(IMethodSymbol definition, MethodScan scan, SummaryRequest request) =>
            Gate.Decide(definition, scan.Gate, request) && !Defer(definition, scan.Reach, request);

        /// <summary>Leaves a method for compilation end, keeping the driver's tree of its body (so it is never bound again).</summary>
        private void Postpone(IMethodSymbol definition, IOperation body)
        {
            _keptBodies.TryAdd(definition, body);
            _postponed[definition] = true;
        }

        /// <summary>Lets the kept trees go once compilation end is done with them (they hold the driver's bound nodes).</summary>
        public void ReleaseKeptBodies() => _keptBodies.Clear();

        /// <summary>The kept tree of a method that waited for compilation end, if it did (none are kept in the editor, so no lookup there).</summary>
        private IOperation? KeptBody(IMethodSymbol definition) => DecidesAtEnd && _keptBodies.TryGetValue(definition, out var body) ? body : null;

        /// <summary>
        /// At compilation end: the methods that waited, decided in declaration order from the scans, and those that need it
        /// analyzed. Returns the flows each finds by itself, which the editor would have shown as it came, in declaration
        /// order. The analyses run in parallel, as the driver's callbacks do: on a command-line build all of the package's
        /// flow work happens here, and one thread would leave the machine's other cores idle.
        /// </summary>
        public List<SinkHit> DecidePostponed(CancellationToken cancellationToken)
        {
            var request = new SummaryRequest(cancellationToken);
            var needed = _postponed.Keys.OrderBy(m => m, DeclarationOrder.Instance)
                .Where(method => _scans.TryGetValue(method, out var scan) && Decide(method, scan, request))
                .ToList();
            var found = new ImmutableArray<SinkHit>[needed.Count];
            Parallel.For(0, needed.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => found[i] = GetSummary(needed[i], new SummaryRequest(cancellationToken)).LocalHits);

            _postponed.Clear();
            return found.SelectMany(hits => hits).ToList();
        }

        /// <summary>Whether the body of <paramref name="method"/> itself (not its overrides) may reach a sink.</summary>
        private bool BodyMayReach(IMethodSymbol method, SummaryRequest request) =>
            ScanOf(method, request.CancellationToken) is { } scan && Reach.Decide(scan.Reach, request);
    }
}
