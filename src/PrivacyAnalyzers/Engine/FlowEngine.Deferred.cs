using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        private bool Defer(IMethodSymbol method, ReachScan scan, SummaryRequest request)
        {
            if (!DefersMethodsWithoutSinks || scan.StoresDelegate || Reach.Decide(scan, request))
            {
                return false;
            }

            _deferred[method] = scan.Facts;
            return true;
        }

        /// <summary>
        /// The methods not analyzed yet that the flows found so far need, in declaration order:
        /// <list type="bullet">
        /// <item>those a rule reads (untouched ones when they may get personal data: they read fields, or call a method
        /// whose summary returns what a field holds);</item>
        /// <item>deferred ones that may write a needed field or call the delegates stored in one, or throw from a callback
        /// when some catch receives what escapes unseen code;</item>
        /// <item>untouched ones that mention a needed field, or may get personal data and reach a sink (their own flows
        /// then name the fields they need);</item>
        /// <item>callers of analyzed methods that pass their own parameters into a needed field or a stored delegate, since
        /// what those hold comes from the callers (one level a round, as each round's summaries show who passes what on).</item>
        /// </list>
        /// </summary>
        private List<IMethodSymbol> NeededDeferred(Func<IMethodSymbol, bool>? returnsRead, SummaryRequest request)
        {
            var pending = _deferred.Values.Where(d => !_summaries.ContainsKey(d.Method)).ToList();
            var fields = NeededFields(returnsRead, request, out var passing);
            var escapes = _summaries.Values.Any(s => !s.EscapeCatches.IsEmpty) || Gate.Untouched.Any(u => u.CatchesAroundUnseenCode);
            var escaped = _summaries.Values.Any(s => s.FieldWrites.Any(w => w.Field is ITypeSymbol));
            var untouched = Gate.Untouched.Where(u => !_summaries.ContainsKey(u.Method)).ToList();
            var result = pending
                .Where(d => (returnsRead != null && returnsRead(d.Method)) || d.Members.Any(fields.Contains) || (escapes && d.ThrowsFromCallback) || d.Callees.Any(passing.Contains))
                .Select(d => d.Method)
                .Concat(untouched.Where(u => u.Reads.Any(fields.Contains) || u.Callees.Any(passing.Contains)
                    || (MayGetPersonalData(u, escaped) && (returnsRead?.Invoke(u.Method) == true || BodyMayReach(u.Method, request))))
                    .Select(u => u.Method));
            return result.Distinct(SymbolEqualityComparer.Default).Cast<IMethodSymbol>().OrderBy(m => m, DeclarationOrder.Instance).ToList();
        }

        /// <summary>
        /// Fields whose content a flow needs: those read by a flow to a sink found so far, or returned by a member a rule
        /// reads, and members whose stored delegates may reach a sink; and, to a fixpoint, the fields copied into them.
        /// <paramref name="passingParameters"/>: the analyzed methods that store their own parameters into them (themselves or
        /// through callees), or hand them to delegates stored there.
        /// </summary>
        private HashSet<ISymbol> NeededFields(Func<IMethodSymbol, bool>? returnsRead, SummaryRequest request, out HashSet<IMethodSymbol> passingParameters)
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

            void AddHit(SinkHit hit)
            {
                if (hit.Origin.Kind == OriginKind.Field)
                {
                    fields.Add(hit.Origin.Field!);
                }
            }

            // Plain loops over the summaries' arrays: a LINQ filter here allocated an iterator per array, three per summary.
            void AddHits(ImmutableArray<SinkHit> hits)
            {
                foreach (var hit in hits)
                {
                    AddHit(hit);
                }
            }

            lock (_inbound)
            {
                _inbound.ForEach(AddHit);
            }

            foreach (var pair in _summaries)
            {
                AddHits(pair.Value.PlaceholderHits);
                AddHits(pair.Value.DeferredHits);
                AddHits(pair.Value.LocalHits);
                if (returnsRead != null && returnsRead(pair.Key))
                {
                    AddFields(pair.Value.ReturnValue.AllTaint());
                }
            }

            // Members whose stored delegates may reach a sink: the methods that call them are needed.
            foreach (var write in _summaries.Values.SelectMany(s => s.FunctionWrites))
            {
                if (!fields.Contains(write.Field) && Reach.FunctionReaches(write, request))
                {
                    fields.Add(write.Field);
                }
            }

            // To a fixpoint: fields copied into needed ones, and what callers pass to methods that store into needed ones.
            passingParameters = NeededFieldSearch.Close(_summaries, fields).Passing;
            return fields;
        }

        /// <summary>
        /// An untouched method can get personal data only from fields it reads, from callees that return what a field
        /// holds, or from exceptions that callbacks threw through unseen code.
        /// </summary>
        private bool MayGetPersonalData(UntouchedMethod method, bool escaped) =>
            !method.Reads.IsEmpty || (method.CatchesAroundUnseenCode && escaped)
            || method.Callees.Any(c => _summaries.TryGetValue(Definition(c), out var summary) && summary.ReturnValue.AllTaint().HasOrigin(OriginKind.Field));
    }
}
