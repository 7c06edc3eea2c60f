using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The cycles of the compilation's call graph as the source shows them (calls, constructors, property accessors,
    /// method groups; virtual and interface calls to every implementation the engine would follow), found once with
    /// Tarjan's algorithm. <see cref="FlowEngine.GetSummary"/> uses them to enter a cycle at its canonical method at once:
    /// without them a cycle entered elsewhere was summarized, dropped, and summarized again from that method (on MimeKit
    /// a quarter of the engine's time). Only a hint: the engine still checks each cycle it meets (a call the source graph
    /// lacks only costs the old second pass).
    /// </summary>
    internal sealed class StaticCycles
    {
        private readonly FlowEngine _engine;
        private readonly object _gate = new object();

        /// <summary>Method → the first method of its cycle in declaration order, or null when it is in none.</summary>
        private readonly Dictionary<IMethodSymbol, IMethodSymbol?> _entries = new Dictionary<IMethodSymbol, IMethodSymbol?>(SymbolEqualityComparer.Default);

        public StaticCycles(FlowEngine engine)
        {
            _engine = engine;
        }

        /// <summary>The canonical entry of the cycle <paramref name="method"/> (a definition) belongs to, or null.</summary>
        public IMethodSymbol? EntryOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            // One lock: two threads finding parts of one cycle at once could record different entries for it.
            lock (_gate)
            {
                if (!_entries.TryGetValue(method, out var entry))
                {
                    Explore(method, cancellationToken);
                    entry = _entries[method];
                }

                return entry;
            }
        }

        /// <summary>Iterative Tarjan from <paramref name="root"/> over methods not yet assigned a component.</summary>
        private void Explore(IMethodSymbol root, CancellationToken cancellationToken)
        {
            var index = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
            var low = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
            var onStack = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            var stack = new List<IMethodSymbol>();
            var work = new Stack<(IMethodSymbol Method, List<IMethodSymbol> Callees, int Next)>();

            void Visit(IMethodSymbol method)
            {
                index[method] = low[method] = index.Count;
                stack.Add(method);
                onStack.Add(method);
                work.Push((method, Callees(method, cancellationToken), 0));
            }

            Visit(root);
            while (work.Count > 0)
            {
                var (method, callees, next) = work.Pop();
                if (next < callees.Count)
                {
                    work.Push((method, callees, next + 1));
                    var callee = callees[next];
                    if (_entries.ContainsKey(callee))
                    {
                        continue; // in a component found earlier
                    }

                    if (!index.ContainsKey(callee))
                    {
                        Visit(callee);
                    }
                    else if (onStack.Contains(callee))
                    {
                        low[method] = System.Math.Min(low[method], index[callee]);
                    }

                    continue;
                }

                if (work.Count > 0)
                {
                    var caller = work.Peek().Method;
                    low[caller] = System.Math.Min(low[caller], low[method]);
                }

                if (low[method] == index[method])
                {
                    var start = stack.FindLastIndex(m => SymbolEqualityComparer.Default.Equals(m, method));
                    var members = stack.GetRange(start, stack.Count - start);
                    stack.RemoveRange(start, stack.Count - start);
                    var entry = members.Count > 1 ? members.OrderBy(m => m, DeclarationOrder.Instance).First() : null;
                    foreach (var member in members)
                    {
                        onStack.Remove(member);
                        _entries[member] = entry;
                    }
                }
            }
        }

        /// <summary>The methods of the compilation a body may call, as definitions, in source order.</summary>
        private List<IMethodSymbol> Callees(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var callees = new List<IMethodSymbol>();
            if (_engine.BodyOperation(method, cancellationToken) is not { } body)
            {
                return callees;
            }

            foreach (var operation in body.Descendants())
            {
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        Add(callees, invocation.TargetMethod);
                        break;
                    case IObjectCreationOperation { Constructor: { } constructor }:
                        Add(callees, constructor);
                        break;
                    case IMethodReferenceOperation reference:
                        Add(callees, reference.Method);
                        break;
                    case IPropertyReferenceOperation property:
                        Add(callees, property.Property.GetMethod);
                        Add(callees, property.Property.SetMethod);
                        break;
                }
            }

            return callees;
        }

        private void Add(List<IMethodSymbol> callees, IMethodSymbol? target)
        {
            if (target == null)
            {
                return;
            }

            foreach (var implementation in _engine.GetImplementations(target))
            {
                callees.Add(FlowEngine.Definition(implementation));
            }
        }
    }
}
