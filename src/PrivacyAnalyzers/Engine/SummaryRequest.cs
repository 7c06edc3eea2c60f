using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// One request to the engine (an analyzer callback, or the compilation-end settlement) and the
    /// methods it is in the middle of looking at. Requests on different threads run side by side
    /// without a global lock. The methods a request visits are numbered as in Tarjan's algorithm, so
    /// that methods calling each other in a cycle are recognised as one strongly connected component
    /// when its first method completes (see <see cref="FlowEngine.GetSummary"/>).
    /// </summary>
    internal sealed class SummaryRequest
    {
        private readonly Dictionary<IMethodSymbol, int> _index = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, int> _lowLink = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
        private readonly List<IMethodSymbol> _calls = new List<IMethodSymbol>();
        private readonly List<IMethodSymbol> _unfinished = new List<IMethodSymbol>();
        private readonly Dictionary<IMethodSymbol, List<SinkHit>> _inbound = new Dictionary<IMethodSymbol, List<SinkHit>>(SymbolEqualityComparer.Default);
        private Dictionary<MethodQuestion, QuestionStack>? _questions;

        public SummaryRequest(CancellationToken cancellationToken)
        {
            CancellationToken = cancellationToken;
        }

        public CancellationToken CancellationToken { get; }

        /// <summary>The methods this request is deciding a question about, per question.</summary>
        public QuestionStack StackOf(MethodQuestion question)
        {
            _questions ??= new Dictionary<MethodQuestion, QuestionStack>();
            if (!_questions.TryGetValue(question, out var stack))
            {
                _questions[question] = stack = new QuestionStack();
            }

            return stack;
        }

        /// <summary>Summaries of methods in a cycle whose component is not complete yet: valid inside this request only.</summary>
        public Dictionary<IMethodSymbol, MethodSummary> Provisional { get; } = new Dictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);

        /// <summary>The request has started summarizing <paramref name="method"/> (it may be done, or still on the stack).</summary>
        public bool HasEntered(IMethodSymbol method) => _index.ContainsKey(method);

        public bool IsBeingSummarized(IMethodSymbol method) => _calls.Contains(method, SymbolEqualityComparer.Default);

        /// <summary>Starts summarizing <paramref name="method"/>; returns its visit number.</summary>
        public int Enter(IMethodSymbol method)
        {
            var index = _index.Count;
            _index[method] = index;
            _lowLink[method] = index;
            _calls.Add(method);
            _unfinished.Add(method);
            return index;
        }

        /// <summary>Done with <paramref name="method"/>'s body; its caller learns how far back its cycles reach.</summary>
        public void Leave(IMethodSymbol method)
        {
            _calls.RemoveAt(_calls.Count - 1);
            if (_calls.Count > 0 && _unfinished.Contains(method, SymbolEqualityComparer.Default))
            {
                ReachesBack(_lowLink[method]);
            }
        }

        /// <summary>The method being summarized calls one that is unfinished in this request (a cycle).</summary>
        public void CallsUnfinished(IMethodSymbol callee) => ReachesBack(_lowLink.TryGetValue(callee, out var low) ? low : _index[callee]);

        /// <summary>True when <paramref name="method"/> is the first method of its component to complete.</summary>
        public bool IsComponentRoot(IMethodSymbol method, int index) => _lowLink[method] == index;

        /// <summary>Removes and returns the methods of the component whose root is <paramref name="root"/>.</summary>
        public List<IMethodSymbol> PopComponent(IMethodSymbol root)
        {
            var start = _unfinished.FindLastIndex(m => SymbolEqualityComparer.Default.Equals(m, root));
            var members = _unfinished.GetRange(start, _unfinished.Count - start);
            _unfinished.RemoveRange(start, _unfinished.Count - start);
            return members;
        }

        /// <summary>Concrete flows into a callee's sink found while summarizing the innermost method.</summary>
        public void RecordInbound(SinkHit hit)
        {
            var owner = _calls[_calls.Count - 1];
            if (!_inbound.TryGetValue(owner, out var hits))
            {
                _inbound[owner] = hits = new List<SinkHit>();
            }

            hits.Add(hit);
        }

        /// <summary>The inbound hits found for <paramref name="method"/>, taken out of the request.</summary>
        public List<SinkHit> TakeInbound(IMethodSymbol method)
        {
            if (_inbound.TryGetValue(method, out var hits))
            {
                _inbound.Remove(method);
                return hits;
            }

            return new List<SinkHit>();
        }

        private void ReachesBack(int low)
        {
            var caller = _calls[_calls.Count - 1];
            if (low < _lowLink[caller])
            {
                _lowLink[caller] = low;
            }
        }
    }
}
