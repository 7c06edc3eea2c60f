using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The closure of the fields a flow needs (<see cref="FlowEngine"/>'s NeededFields): fields copied into needed ones, and
    /// what callers pass to methods that store into them. The summaries are indexed once by the field each write and
    /// stored-delegate call names and by the callee of each call, and only what a newly needed field or storing method
    /// touches is visited: the closure costs one pass over the summaries, not one per round of a fixpoint.
    /// </summary>
    internal sealed class NeededFieldSearch
    {
        private readonly Dictionary<ISymbol, List<(IMethodSymbol Method, FieldWrite Write)>> _writers = new Dictionary<ISymbol, List<(IMethodSymbol, FieldWrite)>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, List<(IMethodSymbol Method, DelegateCall Call)>> _delegateCalls = new Dictionary<ISymbol, List<(IMethodSymbol, DelegateCall)>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, List<(IMethodSymbol Caller, CallBinding Binding)>> _callers = new Dictionary<IMethodSymbol, List<(IMethodSymbol, CallBinding)>>(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _fields;
        private readonly HashSet<IMethodSymbol> _storing = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        private readonly Queue<ISymbol> _newFields = new Queue<ISymbol>();
        private readonly Queue<IMethodSymbol> _newStoring = new Queue<IMethodSymbol>();

        private NeededFieldSearch(IEnumerable<KeyValuePair<IMethodSymbol, MethodSummary>> summaries, HashSet<ISymbol> fields)
        {
            _fields = fields;
            foreach (var pair in summaries)
            {
                foreach (var write in pair.Value.FieldWrites)
                {
                    _writers.AddTo(write.Field, (pair.Key, write));
                }

                foreach (var call in pair.Value.DelegateCalls)
                {
                    foreach (var field in call.Fields.Distinct(SymbolEqualityComparer.Default))
                    {
                        _delegateCalls.AddTo(field!, (pair.Key, call));
                    }
                }

                foreach (var binding in pair.Value.CallBindings)
                {
                    _callers.AddTo(FlowEngine.Definition(binding.Callee), (pair.Key, binding));
                }
            }

            foreach (var field in fields)
            {
                _newFields.Enqueue(field);
            }
        }

        /// <summary>The analyzed methods that store their own parameters into a needed field (themselves or through callees), or hand them to delegates stored there.</summary>
        public HashSet<IMethodSymbol> Passing { get; } = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

        /// <summary>Grows <paramref name="fields"/> to its closure over <paramref name="summaries"/>.</summary>
        public static NeededFieldSearch Close(IEnumerable<KeyValuePair<IMethodSymbol, MethodSummary>> summaries, HashSet<ISymbol> fields)
        {
            var search = new NeededFieldSearch(summaries, fields);
            search.Run();
            return search;
        }

        private void Run()
        {
            while (_newFields.Count > 0 || _newStoring.Count > 0)
            {
                while (_newFields.Count > 0)
                {
                    var field = _newFields.Dequeue();
                    foreach (var (method, write) in _writers.ValuesOf(field))
                    {
                        Store(method);
                        Take(method, write.Taint);
                    }

                    // A call of stored delegates that reach a sink, with what the method was given: its callers are needed.
                    foreach (var (method, call) in _delegateCalls.ValuesOf(field))
                    {
                        if (call.Arguments.Any(a => a.AllTaint().HasOrigin(OriginKind.Parameter)))
                        {
                            Passing.Add(method);
                        }
                    }
                }

                while (_newStoring.Count > 0)
                {
                    foreach (var (caller, binding) in _callers.ValuesOf(_newStoring.Dequeue()))
                    {
                        Store(caller);
                        foreach (var argument in binding.Arguments)
                        {
                            Take(caller, argument.Value.AllTaint());
                        }
                    }
                }
            }
        }

        private void Store(IMethodSymbol method)
        {
            if (_storing.Add(method))
            {
                _newStoring.Enqueue(method);
            }
        }

        /// <summary>The fields a stored value came from are needed too; a value from the method's parameters makes it passing.</summary>
        private void Take(IMethodSymbol method, Taint taint)
        {
            foreach (var fact in taint.Facts)
            {
                if (fact.Key.Kind == OriginKind.Field && _fields.Add(fact.Key.Field!))
                {
                    _newFields.Enqueue(fact.Key.Field!);
                }
            }

            if (taint.HasOrigin(OriginKind.Parameter))
            {
                Passing.Add(method);
            }
        }
    }
}
