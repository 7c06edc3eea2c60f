using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Calls the engine cannot look into (framework, packages): collections and LINQ keep their
    /// elements apart and run the lambdas they are given; anything else follows the default rule.
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        private AbstractValue ExternalCall(IOperation call, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> argumentOperations, Arguments arguments, FlowState state)
        {
            var receiver = arguments.Get(-1);
            var sourceOperation = instance ?? (method.IsExtensionMethod && argumentOperations.Length > 0 ? argumentOperations[0].Value : null);
            var source = instance != null ? receiver : method.IsExtensionMethod ? arguments.Get(0) : AbstractValue.Empty;
            var element = ElementOf(source);

            // Lambdas handed to the call (LINQ, ForEach, Task.Run) run on the elements of the source.
            var functionResults = AbstractValue.Empty;
            var selectorResults = AbstractValue.Empty;
            var hasFunctions = false;
            foreach (var pair in arguments.ByOrdinal)
            {
                if (pair.Key < 0 || pair.Value.Functions.IsEmpty || method.Parameters.Length <= pair.Key
                    || method.Parameters[pair.Key].Type is not INamedTypeSymbol { DelegateInvokeMethod: { } invoke })
                {
                    continue;
                }

                hasFunctions = true;
                var inputs = new List<AbstractValue>();
                foreach (var _ in invoke.Parameters)
                {
                    inputs.Add(element);
                }

                var output = InvokeDelegate(pair.Value, invoke, inputs, state, call);
                functionResults = functionResults.Join(output);
                if (!IsCleanType(invoke.ReturnType))
                {
                    selectorResults = selectorResults.Join(_engine.IsSequence(invoke.ReturnType) ? ElementOf(output) : output);
                }
            }

            // An object holding delegates (a Thread, a Timer) runs them with what it is given.
            if (instance != null && !receiver.Functions.IsEmpty && arguments.ByOrdinal.Count > 1)
            {
                var given = new List<AbstractValue>();
                for (var i = 0; arguments.ByOrdinal.ContainsKey(i); i++)
                {
                    given.Add(arguments.ByOrdinal[i]);
                }

                InvokeDelegate(receiver, method, given, state, call);
            }

            // out arguments (TryGetValue, TryParse) receive what the call could read.
            var everything = WholeInputs(arguments, argumentOperations, instance);
            foreach (var argument in argumentOperations)
            {
                if (argument.Parameter?.RefKind == RefKind.Out)
                {
                    var read = _engine.IsSequence(sourceOperation?.Type) ? element : AbstractValue.Of(everything);
                    Assign(argument.Value, read, argument.Value, state, weak: false);
                }
            }

            if (instance != null && KnownMethods.MayStoreArguments(method))
            {
                var stored = AbstractValue.Empty;
                foreach (var argument in argumentOperations)
                {
                    var value = arguments.Of(argument);
                    stored = stored.Join(_engine.IsSequence(argument.Value.Type) && argument.ArgumentKind != ArgumentKind.ParamArray ? ElementOf(value) : value);
                }

                var isSequence = _engine.IsSequence(instance.Type);
                UpdateReference(instance, v => isSequence ? v.AddToMember(AbstractValue.Element, stored) : v.WithDirect(v.Direct.Join(stored.AllTaint())), state);
                receiver = isSequence ? receiver.AddToMember(AbstractValue.Element, stored) : receiver.WithDirect(receiver.Direct.Join(stored.AllTaint()));
            }

            if (method.ReturnsVoid || KnownMethods.IsCleanResult(method) || IsCleanType(method.ReturnType))
            {
                return AbstractValue.Empty;
            }

            if (KnownMethods.ReturnsReceiver(method))
            {
                return source;
            }

            if (KnownMethods.ReadsElement(method))
            {
                return element.Join(selectorResults);
            }

            if (SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType) && instance != null && KnownMethods.MayStoreArguments(method))
            {
                return receiver;
            }

            if (hasFunctions && sourceOperation != null && _engine.IsSequence(sourceOperation.Type))
            {
                if (!_engine.IsSequence(method.ReturnType))
                {
                    // First(predicate), Aggregate, Max(selector): an element, or what the lambdas made of it.
                    return selectorResults.IsEmpty ? element : selectorResults.Join(IsAggregate(method) ? element : AbstractValue.Empty);
                }

                // Select and friends: the lambda decides what the new elements carry; Where and friends keep the source.
                return selectorResults.IsEmpty && functionResults.IsEmpty ? source : AbstractValue.FreshEmpty.AddToMember(AbstractValue.Element, selectorResults);
            }

            if (hasFunctions && sourceOperation == null)
            {
                // Task.Run(() => ...), Lazy<T>: the result is what the lambda returns.
                return functionResults.Join(AbstractValue.Of(WholeInputsExceptFunctions(arguments, argumentOperations)));
            }

            if (sourceOperation != null && _engine.IsSequence(sourceOperation.Type) && _engine.IsSequence(method.ReturnType))
            {
                // ToList, Distinct, Concat, OrderBy: the elements flow on, joined with any other sequences.
                var result = source;
                foreach (var argument in argumentOperations)
                {
                    if (argument.Value != sourceOperation)
                    {
                        result = result.Join(arguments.Of(argument));
                    }
                }

                return result;
            }

            return AbstractValue.Of(everything);
        }

        private static bool IsAggregate(IMethodSymbol method) => method.Name is "Aggregate" or "Max" or "Min" or "MaxBy" or "MinBy";

        /// <summary>The default: everything the receiver and the arguments carry, objects as a whole.</summary>
        private Taint WholeInputs(Arguments arguments, ImmutableArray<IArgumentOperation> argumentOperations, IOperation? instance)
        {
            var taint = instance != null ? WholeTaint(arguments.Get(-1), instance) : Taint.Empty;
            foreach (var argument in argumentOperations)
            {
                if (argument.Parameter?.RefKind != RefKind.Out)
                {
                    taint = taint.Join(WholeTaint(arguments.Of(argument), argument.Value));
                }
            }

            return taint;
        }

        private static Taint WholeInputsExceptFunctions(Arguments arguments, ImmutableArray<IArgumentOperation> argumentOperations)
        {
            var taint = Taint.Empty;
            foreach (var argument in argumentOperations)
            {
                var value = arguments.Of(argument);
                if (value.Functions.IsEmpty)
                {
                    taint = taint.Join(value.AllTaint());
                }
            }

            return taint;
        }
    }
}
