using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Calls: sinks, anonymizers, summaries of the compilation's methods, lambdas, and the default for everything else.</summary>
    internal sealed partial class MethodFlowAnalysis
    {
        private AbstractValue Invoke(IInvocationOperation invocation, FlowState state)
        {
            var method = invocation.TargetMethod;
            if (method.MethodKind == MethodKind.DelegateInvoke && invocation.Instance != null)
            {
                var target = Evaluate(invocation.Instance, state);
                var arguments = EvaluateArguments(invocation.Arguments, state);
                return InvokeDelegate(target, method, arguments.Values, state, invocation);
            }

            return Call(invocation, method, invocation.Instance, invocation.Arguments, state);
        }

        private AbstractValue Create(IObjectCreationOperation creation, FlowState state)
        {
            AbstractValue result;
            if (creation.Constructor is { } constructor && _engine.HasBody(constructor))
            {
                var arguments = EvaluateArguments(creation.Arguments, state, stepIntoCallee: true);
                ReportArgumentSinks(constructor, creation.Arguments, arguments, state);
                arguments.ByOrdinal[-1] = AbstractValue.FreshEmpty;
                var summary = _engine.GetSummary(constructor, _request);
                var self = summary.ParametersAtExit.TryGetValue(-1, out var exit) ? Substitute(exit, arguments, creation) : AbstractValue.Empty;
                ApplySideEffects(summary, creation, arguments, state);
                result = AbstractValue.AllocatedBy(creation);
                foreach (var member in self.Members)
                {
                    result = result.SetMember(member.Key, member.Value);
                }

                if (SyntaxFacts.IsPrimaryConstructor(constructor))
                {
                    // record Person(string Phone): each parameter lands in the property of the same name.
                    foreach (var parameter in constructor.Parameters)
                    {
                        result = result.SetMember(parameter.Name, arguments.Get(parameter.Ordinal));
                    }
                }

                result = ApplyInitializers(constructor, arguments, result.AsFresh(), state).AsFresh();
            }
            else if (creation.Constructor is { } modeled && _engine.Model.LibraryModelOf(modeled) is { } constructorModel)
            {
                result = CreateFromModel(creation, modeled, constructorModel, state);
            }
            else
            {
                var arguments = EvaluateArguments(creation.Arguments, state);
                var taint = Taint.Empty;
                result = AbstractValue.AllocatedBy(creation);
                foreach (var argument in creation.Arguments)
                {
                    var value = arguments.Of(argument);
                    taint = taint.Join(WholeTaint(value, argument.Value));
                    foreach (var function in value.Functions)
                    {
                        // new Thread(worker.Run): the object keeps the delegate and runs it later.
                        result = result.Join(AbstractValue.OfFunction(function)).AsFresh();
                    }
                }

                result = result.WithDirect(taint);
            }

            if (creation.Initializer != null)
            {
                // Outside a control-flow graph initializers stay nested; inside one they are lowered to assignments.
                foreach (var initializer in creation.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment)
                    {
                        result = result.SetMember(MemberKey(member.Member), Evaluate(assignment.Value, state));
                    }
                    else
                    {
                        result = result.AddToMember(AbstractValue.Element, Evaluate(initializer, state));
                    }
                }
            }

            return result;
        }

        private AbstractValue Call(IOperation call, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> argumentOperations, FlowState state)
        {
            var receiver = instance == null ? AbstractValue.Empty : Evaluate(instance, state);
            var arguments = EvaluateArguments(argumentOperations, state, stepIntoCallee: !_engine.GetImplementations(method).IsEmpty);
            arguments.ByOrdinal[-1] = receiver;
            arguments.Operations[-1] = instance;
            var sources = SourcesOf(method, call).Join(ConditionalSourcesOf(method, argumentOperations, call));

            var isSink = ReportArgumentSinks(method, argumentOperations, arguments, state);
            if (_engine.Model.Anonymizer(method) is { } cleared)
            {
                var taint = receiver.AllTaint();
                foreach (var value in arguments.Values)
                {
                    taint = taint.Join(value.AllTaint());
                }

                return AbstractValue.Of(taint.Anonymize(cleared)).Join(sources);
            }

            if (IsRecordClone(method))
            {
                return CloneOf(receiver, call);
            }

            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return InvokeFunction(LocalFunctionGraph(method), method, arguments.Values, state).Join(sources);
            }

            if (isSink)
            {
                // A sink of the compilation's own (a [DataSink] interface) hands the data over, and its implementations
                // may also log or share it on the way: what they do inside is followed too.
                foreach (var implementation in _engine.GetImplementations(method))
                {
                    ApplySideEffects(_engine.GetSummary(implementation, _request), call, arguments, state);
                }
            }
            else
            {
                var implementations = _engine.GetImplementations(method);
                if (!implementations.IsEmpty)
                {
                    var result = AbstractValue.Empty;
                    foreach (var implementation in implementations)
                    {
                        var summary = _engine.GetSummary(implementation, _request);
                        result = result.Join(Substitute(summary.ReturnValue, arguments, call));
                        ApplySideEffects(summary, call, arguments, state);
                    }

                    return result.WithStep(call.Syntax.GetLocation()).Join(sources);
                }
            }

            return ExternalCall(call, method, instance, argumentOperations, arguments, state).Join(sources);
        }

        /// <summary>Reports arguments handed to sinks; true when the method is a sink (the engine does not look behind it).</summary>
        private bool ReportArgumentSinks(IMethodSymbol method, ImmutableArray<IArgumentOperation> argumentOperations, Arguments arguments, FlowState state)
        {
            var methodSink = AtDestination(_engine.Model.MethodSink(method), argumentOperations, arguments);
            var isSink = methodSink != null;
            foreach (var argument in argumentOperations)
            {
                var sink = methodSink ?? (argument.Parameter is { } parameter ? _engine.Model.ParameterSink(parameter.OriginalDefinition) : null);
                if (sink?.ReturnsOf != null && argument.Parameter?.Name == sink.ReturnsOf)
                {
                    isSink = true;
                    ReportReturnedValues(sink, argument, arguments.Of(argument), state);
                    continue;
                }

                if (sink == null || (argument.Parameter != null && !sink.HandsOver(argument.Parameter)))
                {
                    continue; // a log level, an event id: not handed over
                }

                isSink = true;

                if (arguments.TryGetParamsElements(argument, out var elements))
                {
                    for (var i = 0; i < elements.Length; i++)
                    {
                        ReportSink(sink, elements[i].Operation, elements[i].Value, state);
                    }
                }
                else if (argument.Parameter != null && sink.MembersHandedOver(argument.Parameter) is { IsEmpty: false } members)
                {
                    // A referenced helper that logs one member of what it is given: only that member is handed over.
                    var value = AbstractValue.Empty;
                    foreach (var member in members)
                    {
                        value = value.Join(ReadPath(arguments.Of(argument), member));
                    }

                    ReportSink(sink, argument.Value, value, state);
                }
                else
                {
                    ReportSink(sink, argument.Value, arguments.Of(argument), state);
                }
            }

            return isSink;
        }

        private void ReportSink(SinkInfo sink, IOperation operation, AbstractValue value, FlowState state)
        {
            // [a, phone, b] handed to a sink: the diagnostic sits at the element that carries the data.
            var unwrapped = WithoutImplicitConversion(operation);
            if (unwrapped.Syntax.IsKind(SyntaxKind.CollectionExpression))
            {
                foreach (var element in unwrapped.ChildOperations)
                {
                    ReportSink(sink, element, Evaluate(element, state), state);
                }

                return;
            }

            var taint = WholeTaint(value, operation);
            if (taint.IsEmpty)
            {
                return;
            }

            var location = operation.Syntax.GetLocation();
            foreach (var fact in taint.Facts)
            {
                _hits.Add(new SinkHit(sink, location, fact.Key, fact.Value, state.Granted));
            }
        }

        private AbstractValue InvokeDelegate(AbstractValue target, IMethodSymbol invoke, IReadOnlyList<AbstractValue> arguments, FlowState state, IOperation call)
        {
            if (target.Functions.IsEmpty)
            {
                RecordDelegateCall(target, arguments, call);
                MayRunCallbacks();

                // A delegate the engine cannot see into: it may return what it was given or what it holds.
                return IsCleanType(invoke.ReturnType) ? AbstractValue.Empty : AbstractValue.Of(JoinAll(arguments).Join(target.AllTaint()));
            }

            var result = AbstractValue.Empty;
            foreach (var function in target.Functions)
            {
                switch (function)
                {
                    case IFlowAnonymousFunctionOperation lambda:
                        _invoked.Add(lambda);
                        result = result.Join(InvokeFunction(LambdaGraph(lambda), lambda.Symbol, arguments, state));
                        break;
                    case IMethodSymbol { MethodKind: MethodKind.LocalFunction } local:
                        result = result.Join(InvokeFunction(LocalFunctionGraph(local), local, arguments, state));
                        break;
                    case IMethodSymbol method:
                        {
                            var values = new Arguments();
                            for (var i = 0; i < arguments.Count; i++)
                            {
                                values.ByOrdinal[i] = arguments[i];
                            }

                            foreach (var implementation in _engine.GetImplementations(method))
                            {
                                var summary = _engine.GetSummary(implementation, _request);
                                result = result.Join(Substitute(summary.ReturnValue, values, call));
                                ApplySideEffects(summary, call, values, state);
                            }

                            if (_engine.GetImplementations(method).IsEmpty && !IsCleanType(method.ReturnType))
                            {
                                result = result.Join(AbstractValue.Of(JoinAll(arguments)));
                            }

                            break;
                        }
                }
            }

            return IsCleanType(invoke.ReturnType) ? AbstractValue.Empty : result;
        }

        private ControlFlowGraph? LambdaGraph(IFlowAnonymousFunctionOperation lambda)
        {
            try
            {
                return _cfg.GetAnonymousFunctionControlFlowGraphInScope(lambda, _request.CancellationToken);
            }
            catch (System.ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        private ControlFlowGraph? LocalFunctionGraph(IMethodSymbol localFunction)
        {
            try
            {
                return _cfg.GetLocalFunctionControlFlowGraphInScope(localFunction, _request.CancellationToken);
            }
            catch (System.ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>Evaluates arguments in order; a call into the compilation adds the argument as a step of the path.</summary>
        private Arguments EvaluateArguments(ImmutableArray<IArgumentOperation> argumentOperations, FlowState state, bool stepIntoCallee = false)
        {
            var arguments = new Arguments();
            foreach (var argument in argumentOperations)
            {
                AbstractValue value;
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    var elements = ImmutableArray.CreateBuilder<(IOperation, AbstractValue)>();
                    value = AbstractValue.FreshEmpty;
                    foreach (var element in initializer.ElementValues)
                    {
                        var elementValue = Evaluate(element, state);
                        elements.Add((element, elementValue));
                        value = value.AddToMember(AbstractValue.Element, elementValue);
                    }

                    arguments.SetParamsElements(argument, elements.ToImmutable());
                }
                else
                {
                    value = argument.Parameter?.RefKind == RefKind.Out ? AbstractValue.Empty : Evaluate(argument.Value, state);
                }

                var ordinal = argument.Parameter?.Ordinal ?? arguments.ByOrdinal.Count;
                arguments.ByOrdinal[ordinal] = stepIntoCallee && !value.IsEmpty ? value.WithStep(argument.Syntax.GetLocation()) : value;
                arguments.Operations[ordinal] = argument.Value;
                arguments.SetArgument(argument, arguments.ByOrdinal[ordinal]);
            }

            return arguments;
        }
    }
}
