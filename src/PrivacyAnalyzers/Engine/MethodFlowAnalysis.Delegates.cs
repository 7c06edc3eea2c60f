using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Delegates kept in fields, properties and events: a lambda stored by one method and called by another. The store
    /// and the call are both recorded in the summaries, and matched at compilation end (<see cref="FlowEngine.SettleWholeProgram"/>).
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        private void RecordFunctionWrites(ISymbol member, AbstractValue value)
        {
            if (!_engine.IsTrackedMember(member) && member is not IEventSymbol)
            {
                return;
            }

            foreach (var function in value.Functions)
            {
                var graph = function is IFlowAnonymousFunctionOperation lambda ? LambdaGraph(lambda) : null;
                AddFunctionWrite(new FunctionWrite(member.OriginalDefinition, function, graph));
            }
        }

        /// <summary>A call of a delegate the method cannot see: when it was read from fields, the call is settled later.</summary>
        private void RecordDelegateCall(AbstractValue target, IReadOnlyList<AbstractValue> arguments, IOperation call)
        {
            var fields = ImmutableArray.CreateBuilder<ISymbol>();
            foreach (var fact in target.Direct.Facts)
            {
                if (fact.Key.Kind == OriginKind.Field && fact.Key.MemberPath.Length == 0)
                {
                    fields.Add(fact.Key.Field!);
                }
            }

            var carries = false;
            foreach (var argument in arguments)
            {
                carries |= !argument.AllTaint().IsEmpty;
            }

            if (fields.Count > 0 && carries)
            {
                AddDelegateCall(call, new DelegateCall(fields.ToImmutable(), arguments.ToImmutableArray()));
            }
        }

        /// <summary>Each store once, however many passes a loop takes.</summary>
        private void AddFunctionWrite(FunctionWrite write)
        {
            foreach (var known in _functionWrites)
            {
                if (ReferenceEquals(known.Function, write.Function) && SymbolEqualityComparer.Default.Equals(known.Field, write.Field))
                {
                    return;
                }
            }

            _functionWrites.Add(write);
        }

        /// <summary>One record per call site: the state of a later pass holds what earlier ones did.</summary>
        private void AddDelegateCall(IOperation call, DelegateCall record)
        {
            if (_delegateCallIndex.TryGetValue(call, out var index))
            {
                _delegateCalls[index] = record;
                return;
            }

            _delegateCallIndex[call] = _delegateCalls.Count;
            _delegateCalls.Add(record);
        }

        /// <summary>
        /// A delegate handed to a sink that receives what it returns (a tool of an AI model): its lambdas run with nothing
        /// known of their arguments and report each return; a method of the compilation reports what its summary returns,
        /// at the argument that names it.
        /// </summary>
        private void ReportReturnedValues(SinkInfo sink, IArgumentOperation argument, AbstractValue value, FlowState state)
        {
            foreach (var function in value.Functions)
            {
                switch (function)
                {
                    case IFlowAnonymousFunctionOperation lambda:
                        _invoked.Add(lambda);
                        InvokeFunction(LambdaGraph(lambda), lambda.Symbol, System.Array.Empty<AbstractValue>(), state, sink);
                        break;
                    case IMethodSymbol method:
                        foreach (var implementation in _engine.GetImplementations(method))
                        {
                            var returned = Substitute(_engine.GetSummary(implementation, _request).ReturnValue, new Arguments(), argument.Value);
                            ReportSink(sink, argument.Value, returned, state);
                        }

                        break;
                }
            }
        }
    }
}
