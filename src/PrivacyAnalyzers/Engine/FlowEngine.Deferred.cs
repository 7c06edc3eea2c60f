using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Demand-driven analysis: methods that touch personal data but can reach no sink are deferred, and analyzed at
    /// compilation end only when a flow found elsewhere needs them: they write a field that a flow to a sink reads (or
    /// call down to a method that does, passing it what it stores), or a rule reads what they return. A compilation
    /// without sinks then does almost no flow work.
    /// </summary>
    internal sealed partial class FlowEngine
    {
        private readonly ConcurrentDictionary<IMethodSymbol, DeferredMethod> _deferred = new ConcurrentDictionary<IMethodSymbol, DeferredMethod>(SymbolEqualityComparer.Default);

        /// <summary>Whether methods that can reach no sink are left until a flow needs them (off where every summary is wanted, as for a library summary).</summary>
        public bool DefersMethodsWithoutSinks { get; set; } = true;

        public SinkReach Reach { get; }

        /// <summary>How many methods are deferred and not analyzed (yet).</summary>
        public int DeferredCount => _deferred.Keys.Count(m => !_summaries.ContainsKey(m));

        /// <summary>True when the method is left out of flow analysis for now (recorded for compilation end).</summary>
        private bool Defer(IMethodSymbol method, Microsoft.CodeAnalysis.IOperation body, SummaryRequest request)
        {
            if (!DefersMethodsWithoutSinks)
            {
                return false;
            }

            var record = new DeferredMethod.Builder();
            if (Reach.BodyReaches(method, body, request, record) || record.StoresDelegate)
            {
                return false;
            }

            _deferred[method] = record.Build(method);
            return true;
        }

        /// <summary>
        /// The deferred methods the flows found so far need, in declaration order: those that mention a needed field, and
        /// those that call (through any chain of calls) a method that does, or an analyzed method that stores what it is
        /// given, since a field's content through a parameter comes from the call bindings of the callers.
        /// </summary>
        private List<IMethodSymbol> NeededDeferred(Func<IMethodSymbol, bool>? returnsRead, SummaryRequest request)
        {
            var pending = _deferred.Values.Where(d => !_summaries.ContainsKey(d.Method)).ToList();
            if (pending.Count == 0)
            {
                return new List<IMethodSymbol>();
            }

            var result = new List<IMethodSymbol>();
            if (returnsRead != null)
            {
                result.AddRange(pending.Where(d => returnsRead(d.Method)).Select(d => d.Method));
            }

            var fields = NeededFields(returnsRead, request);
            var escapes = _summaries.Values.Any(s => !s.EscapeCatches.IsEmpty) || Gate.Untouched.Any(u => u.CatchesAroundUnseenCode);
            var start = new List<IMethodSymbol>();
            start.AddRange(pending.Where(d => d.Members.Any(fields.Contains) || (escapes && d.Throws)).Select(d => d.Method));
            start.AddRange(Gate.Untouched.Where(u => u.Reads.Any(fields.Contains)).Select(u => u.Method));
            start.AddRange(_summaries.Where(pair => !pair.Value.CallBindings.IsEmpty || pair.Value.FieldWrites.Any(w => fields.Contains(w.Field))).Select(pair => pair.Key));

            // Callers, among the methods not analyzed, of every method that needs its callers' data.
            var callers = pending.SelectMany(d => d.Callees.Select(c => (Callee: c, Caller: d.Method)))
                .Concat(Gate.Untouched.SelectMany(u => u.Callees.Select(c => (Callee: c, Caller: u.Method))))
                .ToLookup(edge => edge.Callee, edge => edge.Caller, SymbolEqualityComparer.Default);
            var reached = new HashSet<IMethodSymbol>(start, SymbolEqualityComparer.Default);
            var queue = new Queue<IMethodSymbol>(reached);
            while (queue.Count > 0)
            {
                foreach (var caller in callers[queue.Dequeue()])
                {
                    if (reached.Add(caller))
                    {
                        queue.Enqueue(caller);
                    }
                }
            }

            result.AddRange(pending.Where(d => reached.Contains(d.Method)).Select(d => d.Method));
            return result.Distinct(SymbolEqualityComparer.Default).Cast<IMethodSymbol>().OrderBy(m => m, DeclarationOrder.Instance).ToList();
        }

        /// <summary>
        /// Fields whose content a flow needs: those read by a flow to a sink found so far, by a method not analyzed yet
        /// that may reach a sink, or returned by a member a rule reads; and, to a fixpoint, the fields copied into them.
        /// </summary>
        private HashSet<ISymbol> NeededFields(Func<IMethodSymbol, bool>? returnsRead, SummaryRequest request)
        {
            var fields = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            void AddFields(Taint taint)
            {
                foreach (var fact in taint.Facts)
                {
                    if (fact.Key.Kind == OriginKind.Field)
                    {
                        fields.Add(fact.Key.Field!);
                    }
                }
            }

            void AddHits(IEnumerable<SinkHit> hits)
            {
                foreach (var hit in hits.Where(h => h.Origin.Kind == OriginKind.Field))
                {
                    fields.Add(hit.Origin.Field!);
                }
            }

            lock (_inbound)
            {
                AddHits(_inbound);
            }

            foreach (var pair in _summaries)
            {
                AddHits(pair.Value.PlaceholderHits);
                AddHits(pair.Value.DeferredHits);
                AddHits(pair.Value.LocalHits);
                foreach (var call in pair.Value.DelegateCalls)
                {
                    fields.UnionWith(call.Fields);
                }

                if (returnsRead != null && returnsRead(pair.Key))
                {
                    AddFields(pair.Value.ReturnValue.AllTaint());
                }
            }

            foreach (var untouched in Gate.Untouched.Where(u => !u.Reads.IsEmpty && !_summaries.ContainsKey(u.Method)))
            {
                if (Reach.MayReach(untouched.Method, request))
                {
                    fields.UnionWith(untouched.Reads);
                }
            }

            var writes = _summaries.Values.SelectMany(s => s.FieldWrites).ToList();
            foreach (var binding in _summaries.Values.SelectMany(s => s.CallBindings))
            {
                foreach (var argument in binding.Arguments)
                {
                    AddFields(argument.Value.AllTaint());
                }
            }

            for (var count = -1; count != fields.Count;)
            {
                count = fields.Count;
                foreach (var write in writes.Where(w => fields.Contains(w.Field)))
                {
                    AddFields(write.Taint);
                }
            }

            return fields;
        }
    }
}
