using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Data that reaches a field through parameters: <c>Save(customer)</c> whose callee stores <c>_last = customer</c>.
    /// Each parameter placeholder a method writes into a field becomes a <see cref="ParameterNode"/> that copies into the
    /// field; each call of the method (<see cref="CallBinding"/>) fills the node with what the caller passed, or copies into
    /// it from the caller's own parameter node, or from a field. Only nodes that reach a field are resolved, once per call,
    /// so the cost follows the calls, not the writes of every callee below them.
    /// </summary>
    internal sealed class FieldFlowGraph
    {
        private readonly FieldContents _contents;
        private readonly FieldCopies _copies;
        private readonly Dictionary<IMethodSymbol, List<(IMethodSymbol Caller, CallBinding Binding)>> _callsOf =
            new Dictionary<IMethodSymbol, List<(IMethodSymbol Caller, CallBinding Binding)>>(SymbolEqualityComparer.Default);

        private readonly HashSet<ParameterNode> _demanded = new HashSet<ParameterNode>();
        private readonly Dictionary<IMethodSymbol, int> _nodesOf = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
        private readonly Queue<ParameterNode> _pending = new Queue<ParameterNode>();

        private FieldFlowGraph(FieldContents contents, FieldCopies copies)
        {
            _contents = contents;
            _copies = copies;
        }

        /// <summary>
        /// Adds to <paramref name="copies"/> (and <paramref name="contents"/>) what the summaries' parameters carry into fields
        /// (only into the fields <paramref name="only"/> holds, when given).
        /// </summary>
        public static void Build(IEnumerable<MethodSummary> summaries, FieldContents contents, FieldCopies copies, ISet<ISymbol>? only = null)
        {
            var graph = new FieldFlowGraph(contents, copies);
            var writers = new List<MethodSummary>();
            foreach (var summary in summaries)
            {
                if (summary.Method is not { } caller)
                {
                    continue;
                }

                writers.Add(summary);
                foreach (var binding in summary.CallBindings)
                {
                    graph._callsOf.AddTo(FlowEngine.Definition(binding.Callee), (caller, binding));
                }
            }

            foreach (var summary in writers)
            {
                foreach (var write in summary.FieldWrites)
                {
                    if (only != null && !only.Contains(write.Field))
                    {
                        continue;
                    }

                    foreach (var fact in write.Taint.Facts)
                    {
                        if (fact.Key.Kind == OriginKind.Parameter)
                        {
                            var node = graph.Demand(summary.Method!, fact.Key);
                            copies.Add(node, "", write.Field, write.MemberPath, fact.Value);
                        }
                    }
                }
            }

            graph.Resolve();
        }

        /// <summary>
        /// The node of a placeholder. A method whose parameters reach fields through many member paths (a parser handed
        /// a merged state object) gets one node per whole parameter past <see cref="EngineLimits.ParameterNodesPerMethod"/>:
        /// the field then receives the whole argument, members included (sound, less precise), and the graph stays small.
        /// </summary>
        private ParameterNode Demand(IMethodSymbol method, Origin placeholder)
        {
            _nodesOf.TryGetValue(method, out var count);
            if (count >= EngineLimits.ParameterNodesPerMethod && placeholder.MemberPath.Length > 0)
            {
                placeholder = placeholder.WithoutMembers();
            }

            var node = new ParameterNode(method, placeholder);
            if (_demanded.Add(node))
            {
                _nodesOf[method] = count + 1;
                _pending.Enqueue(node);
            }

            return node;
        }

        /// <summary>Fills each demanded node from every call of its method, demanding the callers' own nodes in turn.</summary>
        private void Resolve()
        {
            while (_pending.Count > 0)
            {
                var node = _pending.Dequeue();
                if (!_callsOf.TryGetValue(FlowEngine.Definition(node.Method), out var calls))
                {
                    continue; // nobody in the compilation calls it: what it stores comes from outside
                }

                foreach (var (caller, binding) in calls)
                {
                    if (binding.Get(node.Placeholder.Ordinal) is not { } argument)
                    {
                        continue;
                    }

                    var passed = MethodFlowAnalysis.PassedValue(argument.Value, argument.TypeSources, node.Placeholder);
                    Record(node, MethodFlowAnalysis.Resolve(passed, node.Placeholder, null), caller);
                }
            }
        }

        /// <summary>What a call passed lands in the node with its members apart, a few levels deep, as a field write does.</summary>
        private void Record(ParameterNode node, AbstractValue value, IMethodSymbol caller)
        {
            foreach (var (path, taint) in value.StoredAt(""))
            {
                var concrete = new List<KeyValuePair<Origin, PathStep?>>();
                foreach (var fact in taint.Facts)
                {
                    switch (fact.Key.Kind)
                    {
                        case OriginKind.Source:
                            concrete.Add(fact);
                            break;
                        case OriginKind.Parameter:
                            _copies.Add(Demand(caller, fact.Key), "", node, path, fact.Value);
                            break;
                        case OriginKind.Field:
                            _copies.Add(fact.Key.Field!, fact.Key.MemberPath, node, path, fact.Value);
                            break;
                    }
                }

                if (concrete.Count > 0)
                {
                    _contents.Add(node, path, Taint.FromFacts(concrete));
                }
            }
        }
    }
}
