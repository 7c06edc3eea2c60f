using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Calls the engine cannot look into (framework, packages): a library model says what the method does
    /// (built-in models for the framework, and a team's <c>model:</c> lines); anything else follows the default rule.
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        private AbstractValue ExternalCall(IOperation call, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> argumentOperations, Arguments arguments, FlowState state)
        {
            if (_engine.Model.LibraryModelOf(method) is { } model)
            {
                return ApplyModel(model, call, method, instance, argumentOperations, arguments, state);
            }

            return DefaultCall(call, method, instance, argumentOperations, arguments, state);
        }

        /// <summary>A method with a library model does what its transfers say, and nothing else.</summary>
        private AbstractValue ApplyModel(LibraryModel model, IOperation call, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> argumentOperations, Arguments arguments, FlowState state)
        {
            var result = AbstractValue.Empty;
            foreach (var transfer in model.Transfers)
            {
                AbstractValue value;
                if (transfer.DelegateOrdinal is int ordinal)
                {
                    value = AbstractValue.Empty;
                    foreach (var parameter in method.Parameters)
                    {
                        // An overload without a delegate at that position calls nothing.
                        if ((ordinal == ModelPlace.AllArguments || parameter.Ordinal == ordinal)
                            && parameter.Type is INamedTypeSymbol { DelegateInvokeMethod: { } invoke })
                        {
                            value = value.Join(InvokeDelegate(arguments.Get(parameter.Ordinal), invoke, DelegateInputs(transfer, invoke, arguments), state, call));
                        }
                    }
                }
                else
                {
                    value = AbstractValue.Empty;
                    foreach (var place in transfer.From)
                    {
                        value = value.Join(Read(place, arguments));
                    }
                }

                if (transfer.To is { } to)
                {
                    result = Write(to, value, result, instance, argumentOperations, state);
                }
            }

            return method.ReturnsVoid || IsCleanType(method.ReturnType) ? AbstractValue.Empty : result;
        }

        /// <summary>The inputs go to the delegate's parameters in order; parameters beyond them get the last input.</summary>
        private static List<AbstractValue> DelegateInputs(ModelTransfer transfer, IMethodSymbol invoke, Arguments arguments)
        {
            var inputs = new List<AbstractValue>();
            for (var i = 0; i < invoke.Parameters.Length; i++)
            {
                inputs.Add(transfer.From.IsEmpty ? AbstractValue.Empty : Read(transfer.From[System.Math.Min(i, transfer.From.Length - 1)], arguments));
            }

            return inputs;
        }

        private static AbstractValue Read(ModelPlace place, Arguments arguments)
        {
            AbstractValue value;
            if (place.Ordinal == ModelPlace.AllArguments)
            {
                var taint = Taint.Empty;
                foreach (var pair in arguments.ByOrdinal)
                {
                    taint = pair.Key >= 0 ? taint.Join(pair.Value.AllTaint()) : taint;
                }

                value = AbstractValue.Of(taint);
            }
            else
            {
                value = arguments.Get(place.Ordinal);
            }

            value = place.Elements ? ElementOf(value) : value;
            return place.Member != null ? ReadPath(value, place.Member) : value;
        }

        /// <summary>Puts <paramref name="value"/> at a place: into the result, the receiver, or an argument (out, ref, or the object passed).</summary>
        private AbstractValue Write(ModelPlace place, AbstractValue value, AbstractValue result, IOperation? instance, ImmutableArray<IArgumentOperation> argumentOperations, FlowState state)
        {
            if (place.Member != null)
            {
                return WriteMemberPlace(place, value, result, instance, argumentOperations, state);
            }

            if (place.IsReturn)
            {
                return result.Join(place.Elements ? AbstractValue.FreshEmpty.AddToMember(AbstractValue.Element, value) : value);
            }

            IOperation? target = instance;
            if (place.Ordinal >= 0)
            {
                target = null;
                foreach (var argument in argumentOperations)
                {
                    if (argument.Parameter?.Ordinal == place.Ordinal)
                    {
                        if (argument.Parameter.RefKind is RefKind.Out or RefKind.Ref)
                        {
                            Assign(argument.Value, place.Elements ? AbstractValue.FreshEmpty.AddToMember(AbstractValue.Element, value) : value, argument.Value, state, weak: false);
                            return result;
                        }

                        target = argument.Value;
                    }
                }
            }

            if (target != null && !value.IsEmpty)
            {
                UpdateReference(target, v => place.Elements ? v.AddToMember(AbstractValue.Element, value) : v.WithDirect(v.Direct.Join(value.AllTaint())), state);
            }

            return result;
        }

        /// <summary>
        /// A method no model describes: what the receiver and the arguments carry reaches the result, unless the result is a
        /// bool or an enum. Mechanisms that need no names keep this precise: a sequence made from sequences keeps its
        /// elements apart; delegates handed over run with the elements of the source; out arguments receive what the call
        /// could read; an instance method that returns nothing, a bool or its own type (a setter, an add, a builder)
        /// keeps its arguments in the receiver.
        /// </summary>
        private AbstractValue DefaultCall(IOperation call, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> argumentOperations, Arguments arguments, FlowState state)
        {
            var receiver = arguments.Get(-1);
            var sourceOperation = instance ?? (method.IsExtensionMethod && argumentOperations.Length > 0 ? argumentOperations[0].Value : null);
            var source = instance != null ? receiver : method.IsExtensionMethod ? arguments.Get(0) : AbstractValue.Empty;
            var element = ElementOf(source);

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
                MayRunCallbacks();
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

            var everything = WholeInputs(arguments, argumentOperations, instance);
            foreach (var argument in argumentOperations)
            {
                if (argument.Parameter?.RefKind == RefKind.Out)
                {
                    Assign(argument.Value, AbstractValue.Of(everything), argument.Value, state, weak: false);
                }
            }

            var stores = instance != null && StoresArguments(method);
            if (stores)
            {
                var stored = AbstractValue.Empty;
                foreach (var argument in argumentOperations)
                {
                    var value = arguments.Of(argument);
                    stored = stored.Join(_engine.IsSequence(argument.Value.Type) && argument.ArgumentKind != ArgumentKind.ParamArray ? ElementOf(value) : value);
                }

                var isSequence = _engine.IsSequence(instance!.Type);
                UpdateReference(instance, v => isSequence ? v.AddToMember(AbstractValue.Element, stored) : v.WithDirect(v.Direct.Join(stored.AllTaint())), state);
                receiver = isSequence ? receiver.AddToMember(AbstractValue.Element, stored) : receiver.WithDirect(receiver.Direct.Join(stored.AllTaint()));
            }

            if (method.ReturnsVoid || IsCleanResultOfUnseenCode(method.ReturnType))
            {
                return AbstractValue.Empty;
            }

            if (stores && SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType))
            {
                return receiver; // a builder returns itself
            }

            if (hasFunctions && sourceOperation != null && _engine.IsSequence(sourceOperation.Type))
            {
                // A higher-order function over a sequence: what the delegates made of the elements, or the elements.
                if (!_engine.IsSequence(method.ReturnType))
                {
                    return selectorResults.IsEmpty ? element : selectorResults;
                }

                return selectorResults.IsEmpty && functionResults.IsEmpty ? source : AbstractValue.FreshEmpty.AddToMember(AbstractValue.Element, selectorResults);
            }

            if (hasFunctions && sourceOperation == null)
            {
                // A static method given a delegate: the result is what the delegate returns, and the other inputs.
                return functionResults.Join(AbstractValue.Of(WholeInputsExceptFunctions(arguments, argumentOperations)));
            }

            if (sourceOperation != null && _engine.IsSequence(sourceOperation.Type) && _engine.IsSequence(method.ReturnType))
            {
                // A sequence from sequences: the elements flow on, joined with the other inputs.
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

        /// <summary>
        /// A bool, an enum, or an integer made by code the engine cannot see (also as the result of a task, or nullable): a test, a
        /// count, a size, a position, an id or a status code. Where a library turns personal data into a number
        /// (<c>int.Parse</c>, <c>Convert.ToInt64</c>), its model says so.
        /// </summary>
        private bool IsCleanResultOfUnseenCode(ITypeSymbol type) => type switch
        {
            _ when IsCleanType(type) => true,
            // R of a generic handler whose every subclass says bool for it: what unseen code returns as R is a bool.
            ITypeParameterSymbol parameter => _engine.FixedToCleanTypes(parameter, IsCleanResultOfUnseenCode),
            _ when IsReflection(type) => true,
            { SpecialType: SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 } => true,
            INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named when IsTask(named) || named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                => IsCleanResultOfUnseenCode(named.TypeArguments[0]),
            _ => false,
        };

        /// <summary><c>System.Type</c> and the reflection objects: they describe a type, never hold an instance's data (<c>request.GetType().Name</c>).</summary>
        private static bool IsReflection(ITypeSymbol type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                var ns = current.ContainingNamespace?.ToDisplayString();
                if (ns == "System.Reflection" || ns == "System" && current.Name == "Type")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsTask(INamedTypeSymbol type) =>
            type.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks" && type.Name is "Task" or "ValueTask";

        /// <summary>An instance method of a mutable type (not string) that returns nothing, a bool or its own type keeps its arguments.</summary>
        private static bool StoresArguments(IMethodSymbol method) =>
            !method.IsStatic && method.Parameters.Length > 0
            && method.ContainingType?.SpecialType != SpecialType.System_String
            && (method.ReturnsVoid || method.ReturnType.SpecialType == SpecialType.System_Boolean
                || SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType));

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
