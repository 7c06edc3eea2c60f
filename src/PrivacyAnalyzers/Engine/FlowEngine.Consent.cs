using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Flows that a promise allows only with consent, when the sink's method did not check it: each caller adds the checks
    /// it passed at the call (<see cref="MethodFlowAnalysis"/>), and at compilation end every flow is judged where it stands:
    /// settled by some caller, or still open in a method that nothing in the compilation calls.
    /// </summary>
    internal sealed partial class FlowEngine
    {
        /// <summary>Methods whose open flows some caller took over.</summary>
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _calledWithOpenFlows = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>
        /// Whether a hit still lacks a consent that a promise needs, so that the method's callers must be asked: concrete data
        /// whose promise allows the sink only with consent, or a field whose data (known at compilation end) might be such.
        /// A flow a promise rules out whatever the consent is judged at once.
        /// </summary>
        public bool WaitsForConsent(SinkHit hit)
        {
            var policy = Model.Policy;
            if ((policy.ConsentRecipients & hit.Sink.Recipients & ~hit.Consent.Recipients) == 0)
            {
                return false;
            }

            return hit.Origin.IsConcrete
                ? policy.FindBrokenPromise(hit.Origin.Category, hit.Sink) == null && policy.FindUnconsentedPromise(hit.Origin.Category, hit.Sink, hit.Consent) != null
                : hit.Origin.Kind == OriginKind.Field;
        }

        public void NoteCalled(IMethodSymbol? method)
        {
            if (method != null)
            {
                _calledWithOpenFlows.TryAdd(Definition(method), true);
            }
        }

        /// <summary>
        /// The deferred flows to judge now: every one some method settled, and those still open in methods no caller took
        /// them from (an entry point: the flow reaches the sink without the consent).
        /// </summary>
        private IEnumerable<SinkHit> FinalDeferredHits()
        {
            foreach (var pair in _summaries)
            {
                var called = _calledWithOpenFlows.ContainsKey(pair.Key);
                foreach (var hit in pair.Value.DeferredHits)
                {
                    if (!called || !WaitsForConsent(hit))
                    {
                        yield return hit;
                    }
                }
            }
        }
    }
}
