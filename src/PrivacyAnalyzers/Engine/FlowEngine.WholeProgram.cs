using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>The live entry point, and the flows settled at compilation end.</summary>
    internal sealed partial class FlowEngine
    {
        /// <summary>
        /// Analyzes a method as its analyzer action runs. Returns null, without any flow work, when the
        /// method touches nothing personal, or can reach no sink (deferred until a flow needs it), or when
        /// <see cref="DecidesAtEnd"/> keeps its body for compilation end.
        /// </summary>
        public MethodSummary? AnalyzeIfPersonal(IMethodSymbol method, IOperation body, System.Func<ControlFlowGraph?> graph, CancellationToken cancellationToken)
        {
            var request = new SummaryRequest(cancellationToken);
            var definition = Definition(method);
            var scan = Scan(definition, body, request); // kept even when summarized already: questions at compilation end read it
            if (!_summaries.ContainsKey(definition))
            {
                if (DecidesAtEnd && DefersMethodsWithoutSinks)
                {
                    Postpone(definition, body);
                    return null;
                }

                if (!Decide(definition, scan, request))
                {
                    return null;
                }
            }

            return GetSummary(method, request, graph);
        }

        /// <summary>
        /// Flows that need the whole program: data callers pass into a sink inside a callee, and data
        /// written into a field in one method and handed to a sink in another. Methods the gate skipped
        /// are analyzed now when they read such a field (the first and only time they are analyzed), and deferred
        /// methods when a flow needs them (<see cref="NeededDeferred"/>). <paramref name="returnsRead"/> names the methods
        /// whose return value a rule reads (PRIV020): deferred ones among them are analyzed too.
        /// </summary>
        public List<SinkHit> SettleWholeProgram(CancellationToken cancellationToken, System.Func<IMethodSymbol, bool>? returnsRead = null)
        {
            var request = new SummaryRequest(cancellationToken);
            var fields = DefersMethodsWithoutSinks ? SettleOnDemand(returnsRead, request) : SettleEverything(request);
            _settledFields = fields;
            List<SinkHit> hits;
            lock (_inbound)
            {
                hits = new List<SinkHit>(_inbound);
            }

            hits.AddRange(StoredDelegateHits(request));

            foreach (var summary in OrderedSummaries())
            {
                foreach (var hit in summary.PlaceholderHits)
                {
                    ResolveField(hit, fields, hits);
                }
            }

            foreach (var hit in FinalDeferredHits())
            {
                if (hit.Origin.IsConcrete)
                {
                    hits.Add(hit);
                }
                else
                {
                    ResolveField(hit, fields, hits);
                }
            }

            return hits;
        }

        /// <summary>
        /// Without deferral: methods the gate skipped are analyzed when they read a field that holds personal data or call
        /// a method returning one, and what every field holds is settled again whenever they write some.
        /// </summary>
        private FieldContents SettleEverything(SummaryRequest request)
        {
            var fields = FieldContents();
            while (true)
            {
                var escapedHeld = fields.HoldsEscapedExceptions;
                var pending = Gate.Untouched
                    .Where(m => !_summaries.ContainsKey(m.Method)
                        && (m.Reads.Any(fields.Holds) || m.Callees.Any(c => ReturnsFieldContent(c, fields)) || m.CatchesAroundUnseenCode && escapedHeld))
                    .Select(m => m.Method)
                    .OrderBy(m => m, DeclarationOrder.Instance)
                    .ToList();
                if (pending.Count == 0)
                {
                    return fields;
                }

                var known = new HashSet<IMethodSymbol>(_summaries.Keys, SymbolEqualityComparer.Default);
                foreach (var method in pending)
                {
                    GetSummary(method, request);
                }

                // What the fields hold changes only when the methods analyzed now (and the callees they pulled in) write some.
                if (_summaries.Any(pair => !known.Contains(pair.Key) && WritesFields(pair.Value)))
                {
                    fields = FieldContents();
                }
            }
        }

        /// <summary>
        /// With deferral: the methods flows need are analyzed round by round (<see cref="NeededDeferred"/>), and then only the
        /// fields those flows need are settled, once (a library without sinks settles none).
        /// </summary>
        private FieldContents SettleOnDemand(System.Func<IMethodSymbol, bool>? returnsRead, SummaryRequest request)
        {
            for (var pending = NeededDeferred(returnsRead, request); pending.Count > 0; pending = NeededDeferred(returnsRead, request))
            {
                foreach (var method in pending)
                {
                    GetSummary(method, request);
                }
            }

            return FieldContents(NeededFields(returnsRead, request, out _));
        }

        /// <summary>The methods of the compilation whose analysis reached an engine bound (PRIV901), in declaration order.</summary>
        public IEnumerable<(IMethodSymbol Method, string Limit)> LimitsReached() =>
            _summaries.Where(pair => pair.Value.LimitReached != null && pair.Key.Locations.Length > 0 && pair.Key.Locations[0].IsInSource)
                .OrderBy(pair => pair.Key, DeclarationOrder.Instance)
                .Select(pair => (pair.Key, pair.Value.LimitReached!));

        private static bool WritesFields(MethodSummary summary) =>
            !summary.FieldWrites.IsEmpty || !summary.CallBindings.IsEmpty || !summary.EscapeCatches.IsEmpty;

        /// <summary>A hit of a field placeholder becomes one hit per origin the program wrote into the field.</summary>
        private static void ResolveField(SinkHit hit, FieldContents fields, List<SinkHit> hits)
        {
            if (hit.Origin.Kind == OriginKind.Field && fields.TryGet(hit.Origin.Field!, hit.Origin.MemberPath, out var content))
            {
                foreach (var fact in content.Facts)
                {
                    if (hit.Origin.FilterResolved(fact.Key) is { } origin)
                    {
                        hits.Add(new SinkHit(hit, origin, PathStep.Concat(fact.Value, hit.Path)));
                    }
                }
            }
        }

        /// <summary>
        /// The personal data a method returns, as its summary says, with fields resolved to what the whole program
        /// writes into them (a getter of a private field set in the constructor returns what the constructor stored).
        /// Call after <see cref="SettleWholeProgram"/>; one origin per category, the shortest path first.
        /// </summary>
        public IReadOnlyList<Origin> ReturnedSources(IMethodSymbol method)
        {
            var result = new Dictionary<string, (Origin Origin, int Length)>(System.StringComparer.Ordinal);
            if (!_summaries.TryGetValue(Definition(method), out var summary))
            {
                return new List<Origin>();
            }

            foreach (var fact in summary.ReturnValue.AllTaint().Facts)
            {
                if (fact.Key.IsConcrete)
                {
                    Keep(result, fact.Key, fact.Value?.Length ?? 0);
                }
                else if (fact.Key.Kind == OriginKind.Field && _settledFields != null && _settledFields.TryGet(fact.Key.Field!, fact.Key.MemberPath, out var content))
                {
                    foreach (var written in content.Facts)
                    {
                        if (fact.Key.FilterResolved(written.Key) is { } origin)
                        {
                            Keep(result, origin, written.Value?.Length ?? 0);
                        }
                    }
                }
            }

            return result.Values.OrderBy(v => v.Origin.Category, System.StringComparer.Ordinal).Select(v => v.Origin).ToList();
        }

        private static void Keep(Dictionary<string, (Origin Origin, int Length)> found, Origin origin, int length)
        {
            if (!found.TryGetValue(origin.Category, out var known) || length < known.Length
                || (length == known.Length && origin.SourceLocation.SourceSpan.Start < known.Origin.SourceLocation.SourceSpan.Start))
            {
                found[origin.Category] = (origin, length);
            }
        }

        /// <summary>
        /// The summaries in declaration order, whatever order the threads computed them in, so joins are reproducible. Compilation
        /// end reads them in several passes; summaries are only ever added, so the last sort holds while their number is the same.
        /// </summary>
        private IReadOnlyList<MethodSummary> OrderedSummaries()
        {
            if (_orderedSummaries is { } known && known.Count == _summaries.Count)
            {
                return known;
            }

            var sorted = _summaries.OrderBy(pair => pair.Key, DeclarationOrder.Instance).Select(pair => pair.Value).ToList();
            _orderedSummaries = sorted;
            return sorted;
        }

        private List<MethodSummary>? _orderedSummaries;

        private bool ReturnsFieldContent(IMethodSymbol method, FieldContents fields)
        {
            if (!_summaries.TryGetValue(Definition(method), out var summary))
            {
                return false;
            }

            foreach (var fact in summary.ReturnValue.AllTaint().Facts)
            {
                if (fact.Key.Kind == OriginKind.Field && fields.Holds(fact.Key.Field!))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// What every field may hold (or only the fields in <paramref name="only"/>, which must hold every field copied into
        /// them): concrete writes, then copies between fields, to a fixpoint.
        /// </summary>
        private FieldContents FieldContents(ISet<ISymbol>? only = null)
        {
            var contents = new FieldContents();
            var copies = new FieldCopies();
            var escaped = new List<ITypeSymbol>();
            foreach (var write in OrderedSummaries().SelectMany(s => s.FieldWrites))
            {
                if (only != null && write.Field is not ITypeSymbol && !only.Contains(write.Field))
                {
                    continue;
                }

                if (write.Field is ITypeSymbol type && !escaped.Contains(type, SymbolEqualityComparer.Default))
                {
                    escaped.Add(type); // what callbacks threw into unseen code, by exception type
                }

                var added = Taint.Empty;
                foreach (var fact in write.Taint.Facts)
                {
                    if (fact.Key.IsConcrete)
                    {
                        added = added.Add(fact.Key, fact.Value);
                    }
                    else if (fact.Key.Kind == OriginKind.Field)
                    {
                        // Field to field: the copy keeps the source's members apart.
                        copies.Add(fact.Key.Field!, fact.Key.MemberPath, write.Field, write.MemberPath, fact.Value);
                    }
                }

                if (!added.IsEmpty)
                {
                    contents.Add(write.Field, write.MemberPath, added);
                }
            }

            // What callers pass to methods that store it into fields.
            FieldFlowGraph.Build(OrderedSummaries(), contents, copies, only);

            // A catch around unseen code that runs callbacks receives what they threw, of the types it can hold.
            foreach (var escapeCatch in OrderedSummaries().SelectMany(s => s.EscapeCatches))
            {
                foreach (var type in escaped)
                {
                    if (ThrownExceptions.Reaches(type, escapeCatch.CatchType, escapeCatch.TakenEarlier))
                    {
                        copies.Add(type, "", escapeCatch.Local, "", null);
                    }
                }
            }

            copies.Settle(contents, EngineLimits.FieldRounds);
            return contents;
        }
    }
}
