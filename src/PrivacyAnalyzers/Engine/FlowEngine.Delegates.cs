using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Stored delegates at compilation end: each call of a field's delegates runs every delegate the program stores there.</summary>
    internal sealed partial class FlowEngine
    {
        private readonly ConcurrentDictionary<IFlowAnonymousFunctionOperation, MethodSummary> _lambdaSummaries = new ConcurrentDictionary<IFlowAnonymousFunctionOperation, MethodSummary>();

        private List<SinkHit> StoredDelegateHits(SummaryRequest request)
        {
            var hits = new List<SinkHit>();
            var summaries = OrderedSummaries();
            var stored = summaries.SelectMany(s => s.FunctionWrites).ToLookup(w => w.Field, SymbolEqualityComparer.Default);
            if (stored.Count == 0)
            {
                return hits;
            }

            foreach (var call in summaries.SelectMany(s => s.DelegateCalls))
            {
                foreach (var write in call.Fields.SelectMany(f => stored[f]))
                {
                    var summary = write.Function switch
                    {
                        IFlowAnonymousFunctionOperation lambda when write.Graph != null =>
                            _lambdaSummaries.GetOrAdd(lambda, l => MethodFlowAnalysis.Summarize(this, request, l.Symbol, write.Graph)),
                        IMethodSymbol method when HasBody(method) => GetSummary(method, request),
                        _ => null,
                    };

                    foreach (var hit in summary?.PlaceholderHits ?? default)
                    {
                        if (hit.Origin.Kind != OriginKind.Parameter || hit.Origin.Ordinal < 0 || hit.Origin.Ordinal >= call.Arguments.Length)
                        {
                            continue;
                        }

                        var passed = MethodFlowAnalysis.ReadPath(call.Arguments[hit.Origin.Ordinal], hit.Origin.MemberPath).AllTaint();
                        foreach (var fact in passed.Facts)
                        {
                            if (fact.Key.IsConcrete && hit.Origin.FilterResolved(fact.Key) is { } origin)
                            {
                                hits.Add(new SinkHit(hit, origin, PathStep.Concat(fact.Value, hit.Path)));
                            }
                        }
                    }
                }
            }

            return hits;
        }
    }
}
