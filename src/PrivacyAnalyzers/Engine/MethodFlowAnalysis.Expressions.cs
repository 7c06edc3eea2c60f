using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Transfer functions of expressions and assignments.</summary>
    internal sealed partial class MethodFlowAnalysis
    {
        private AbstractValue Evaluate(IOperation operation, FlowState state)
        {
            var value = EvaluateOperation(operation, state);
            return value.IsEmpty || !HasNoMembers(operation.Type) ? value : value.Derived();
        }

        /// <summary>
        /// Numbers, characters, booleans, enums and pointers: nothing of theirs is kept apart. A number computed from an
        /// object (an offset from a stream) carries the object's taint, never its members; kept as members, they would
        /// grow at every such call in a loop. Its placeholders are marked derived, so callers resolve them flat too.
        /// </summary>
        private static bool HasNoMembers(ITypeSymbol? type) =>
            type != null && (type.TypeKind is TypeKind.Enum or TypeKind.Pointer
                || type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_Double or SpecialType.System_IntPtr or SpecialType.System_UIntPtr);

        private AbstractValue EvaluateOperation(IOperation operation, FlowState state)
        {
            _budget.Spend(1);
            switch (operation)
            {
                case ILiteralOperation:
                case IDefaultValueOperation:
                case ITypeOfOperation:
                case ISizeOfOperation:
                case INameOfOperation:
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver or InstanceReferenceKind.PatternInput } when operation.Type == null:
                    return AbstractValue.Empty;
                case ILocalReferenceOperation local:
                    return state.Get(local.Local);
                case IParameterReferenceOperation parameter when IsCapturedPrimaryParameter(parameter.Parameter):
                    // A primary-constructor parameter used in a member is state of the object, kept under its name.
                    return ReadMemberOf(state.Get(FlowState.This), parameter.Parameter, parameter.Syntax.GetLocation());
                case IParameterReferenceOperation parameter:
                    return state.Get(parameter.Parameter);
                case IInstanceReferenceOperation:
                    return state.Get(FlowState.This);
                case IFlowCaptureReferenceOperation capture:
                    return state.Get(capture.Id);
                case IFlowCaptureOperation capture:
                    if (capture.Value is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false })
                    {
                        _capturedReferences[capture.Id] = capture.Value;
                    }

                    state.Set(capture.Id, Evaluate(capture.Value, state));
                    state.SetConsent(capture.Id, ConsentStored(capture.Value, state));
                    return AbstractValue.Empty;
                case IExpressionStatementOperation statement:
                    return Evaluate(statement.Operation, state);
                case ISimpleAssignmentOperation assignment:
                    {
                        var consent = ConsentStored(assignment.Value, state);
                        var assigned = Assign(assignment.Target, Evaluate(assignment.Value, state), assignment.Value, state, weak: false);
                        RememberConsent(assignment.Target, consent, state);
                        return assigned;
                    }
                case ICompoundAssignmentOperation compound:
                    {
                        var joined = Evaluate(compound.Target, state).Join(Evaluate(compound.Value, state));
                        return Assign(compound.Target, IsCleanType(compound.Type) ? AbstractValue.Empty : joined, compound.Value, state, weak: false);
                    }
                case ICoalesceAssignmentOperation coalesce:
                    return Assign(coalesce.Target, Evaluate(coalesce.Value, state), coalesce.Value, state, weak: true);
                case IIncrementOrDecrementOperation increment:
                    return Evaluate(increment.Target, state);
                case IDeconstructionAssignmentOperation deconstruction:
                    return Deconstruct(deconstruction.Target, Evaluate(deconstruction.Value, state), deconstruction.Value, state);
                case IDeclarationExpressionOperation declaration:
                    return Evaluate(declaration.Expression, state);
                case IVariableDeclarationGroupOperation group:
                    foreach (var declaration in group.Declarations)
                    {
                        foreach (var declarator in declaration.Declarators)
                        {
                            var initializer = declarator.Initializer ?? declaration.Initializer;
                            if (initializer != null)
                            {
                                var consent = ConsentStored(initializer.Value, state);
                                var value = Evaluate(initializer.Value, state);
                                state.Set(declarator.Symbol, value.IsEmpty ? value : value.WithStep(declarator.Syntax.GetLocation()));
                                state.SetConsent(declarator.Symbol, consent);
                            }
                        }
                    }

                    return AbstractValue.Empty;
                case IBinaryOperation binary:
                    {
                        var left = Evaluate(binary.LeftOperand, state);
                        var right = Evaluate(binary.RightOperand, state);
                        if (binary.Type?.SpecialType == SpecialType.System_String)
                        {
                            // "card " + card: each side as text, through a ToString override of the compilation.
                            return AbstractValue.Of(AsText(binary.LeftOperand, left, state).Join(AsText(binary.RightOperand, right, state)));
                        }

                        return IsCleanType(binary.Type) ? AbstractValue.Empty : AbstractValue.Of(left.AllTaint().Join(right.AllTaint()));
                    }
                case IUnaryOperation unary:
                    {
                        var operand = Evaluate(unary.Operand, state);
                        return IsCleanType(unary.Type) ? AbstractValue.Empty : operand;
                    }
                case IConversionOperation conversion:
                    return Convert(conversion, Evaluate(conversion.Operand, state));
                case IParenthesizedOperation parenthesized:
                    return Evaluate(parenthesized.Operand, state);
                case IInterpolatedStringOperation interpolated:
                    {
                        var taint = Taint.Empty;
                        foreach (var part in interpolated.Parts)
                        {
                            if (part is IInterpolationOperation interpolation)
                            {
                                taint = taint.Join(AsText(interpolation.Expression, Evaluate(interpolation.Expression, state), state));
                            }
                        }

                        return AbstractValue.Of(taint);
                    }
                case IConditionalOperation conditional:
                    Evaluate(conditional.Condition, state);
                    return Evaluate(conditional.WhenTrue, state).Join(conditional.WhenFalse is { } whenFalse ? Evaluate(whenFalse, state) : AbstractValue.Empty);
                case ICoalesceOperation coalesce:
                    return Evaluate(coalesce.Value, state).Join(Evaluate(coalesce.WhenNull, state));
                case IConditionalAccessOperation conditionalAccess:
                    Evaluate(conditionalAccess.Operation, state);
                    return Evaluate(conditionalAccess.WhenNotNull, state);
                case IIsPatternOperation isPattern:
                    BindPattern(isPattern.Pattern, Evaluate(isPattern.Value, state), state);
                    return AbstractValue.Empty;
                case IIsTypeOperation isType:
                    Evaluate(isType.ValueOperand, state);
                    return AbstractValue.Empty;
                case ITupleOperation tuple:
                    {
                        var result = AbstractValue.FreshEmpty;
                        for (var i = 0; i < tuple.Elements.Length; i++)
                        {
                            result = result.SetMember("Item" + (i + 1), Evaluate(tuple.Elements[i], state));
                        }

                        return result;
                    }
                case IFieldReferenceOperation field:
                    return ReadMember(field, field.Field, field.Instance, state);
                case IPropertyReferenceOperation property:
                    return ReadProperty(property, state);
                case IArrayElementReferenceOperation element:
                    {
                        var array = Evaluate(element.ArrayReference, state);
                        foreach (var index in element.Indices)
                        {
                            Evaluate(index, state);
                        }

                        return ElementOf(array);
                    }
                case IArrayCreationOperation arrayCreation:
                    {
                        var result = AbstractValue.FreshEmpty;
                        if (arrayCreation.Initializer != null)
                        {
                            foreach (var item in arrayCreation.Initializer.ElementValues)
                            {
                                result = result.AddToMember(AbstractValue.Element, Evaluate(item, state));
                            }
                        }

                        return result;
                    }
                case IInvocationOperation invocation:
                    return Invoke(invocation, state);
                case IObjectCreationOperation creation:
                    return Create(creation, state);
                case IAnonymousObjectCreationOperation anonymous:
                    {
                        var result = AbstractValue.FreshEmpty;
                        foreach (var initializer in anonymous.Initializers)
                        {
                            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                            {
                                result = result.SetMember(target.Property.Name, Evaluate(assignment.Value, state));
                            }
                        }

                        return result;
                    }
                case IEventReferenceOperation eventReference:
                    // The handlers of an event are whatever the program adds to it: a placeholder, settled at compilation end.
                    return AbstractValue.Of(Taint.Of(Origin.ForField(eventReference.Event.OriginalDefinition)));
                case IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation added } eventAssignment:
                    RecordFunctionWrites(added.Event, Evaluate(eventAssignment.HandlerValue, state));
                    return AbstractValue.Empty;
                case ICaughtExceptionOperation:
                    return Caught();
                case IAwaitOperation awaitOperation:
                    {
                        // An awaited bool or enum is a derived fact, whatever the task carried.
                        var awaited = Evaluate(awaitOperation.Operation, state);
                        return IsCleanType(awaitOperation.Type) ? AbstractValue.Empty : awaited;
                    }
                case IReturnOperation returnOperation:
                    {
                        var value = returnOperation.ReturnedValue is { } returned ? Evaluate(returned, state) : AbstractValue.Empty;
                        if (returnOperation.Kind == OperationKind.YieldReturn)
                        {
                            _returnValue = _returnValue.AddToMember(AbstractValue.Element, value.IsEmpty ? value : value.WithStep(returnOperation.Syntax.GetLocation()));
                        }
                        else
                        {
                            _returnValue = _returnValue.Join(value.IsEmpty ? value : value.WithStep(returnOperation.Syntax.GetLocation()));
                        }

                        return AbstractValue.Empty;
                    }
                case IFlowAnonymousFunctionOperation lambda:
                    return AbstractValue.OfFunction(lambda);
                case IDelegateCreationOperation delegateCreation:
                    return Evaluate(delegateCreation.Target, state);
                case IMethodReferenceOperation methodReference:
                    return AbstractValue.OfFunction(methodReference.Method).Join(methodReference.Instance is { } instance ? Evaluate(instance, state) : AbstractValue.Empty);
                case IInvalidOperation:
                default:
                    {
                        // Unknown or invalid code (half-typed): whatever its parts carry.
                        var result = AbstractValue.Empty;
                        foreach (var child in operation.ChildOperations)
                        {
                            result = result.Join(Evaluate(child, state));
                        }

                        return operation.Type != null && IsCleanType(operation.Type) ? AbstractValue.Empty : result;
                    }
            }
        }

        /// <summary>Booleans, enums and similar derived facts never carry personal data.</summary>
        internal static bool IsCleanType(ITypeSymbol? type) =>
            type != null && (type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Enum
                || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsCleanType(nullable.TypeArguments[0]));

        private AbstractValue Convert(IConversionOperation conversion, AbstractValue operand)
        {
            if (conversion.Type?.SpecialType == SpecialType.System_Boolean)
            {
                return AbstractValue.Empty;
            }

            // Boxing or widening to a type that no longer says what the object holds: keep it in the value.
            if (conversion.Operand.Type is { } from && conversion.Type is { } to && !SymbolEqualityComparer.Default.Equals(from, to)
                && !_engine.Model.TypeSources(from).IsEmpty && _engine.Model.TypeSources(to).IsEmpty)
            {
                return operand.WithDirect(operand.Direct.Join(TypeTaint(from, conversion.Operand.Syntax.GetLocation())));
            }

            return operand;
        }

        /// <summary>Stores <paramref name="value"/> into <paramref name="target"/>; returns the value.</summary>
        private AbstractValue Assign(IOperation target, AbstractValue value, IOperation valueOperation, FlowState state, bool weak)
        {
            // The step is "p = value": the declarator of a local, or the assignment expression.
            var step = target.Syntax.IsKind(SyntaxKind.VariableDeclarator) || target.Syntax.Parent == null
                ? target.Syntax.GetLocation()
                : target.Syntax.Parent.GetLocation();
            var stepped = value.WithStep(step);
            switch (target)
            {
                case ILocalReferenceOperation local:
                    state.Set(local.Local, weak ? state.Get(local.Local).Join(stepped) : stepped);
                    state.SetConsent(local.Local, ConsentCondition.Unknown);
                    break;
                case IParameterReferenceOperation parameter:
                    state.Set(parameter.Parameter, weak ? state.Get(parameter.Parameter).Join(stepped) : stepped);
                    break;
                case IFlowCaptureReferenceOperation capture:
                    state.Set(capture.Id, stepped);
                    state.SetConsent(capture.Id, ConsentCondition.Unknown);
                    if (_capturedReferences.TryGetValue(capture.Id, out var reference))
                    {
                        Assign(reference, value, valueOperation, state, weak);
                    }

                    break;
                case IDeclarationExpressionOperation declaration:
                    return Assign(declaration.Expression, value, valueOperation, state, weak);
                case IFieldReferenceOperation field:
                    WriteMember(field.Field, field.Instance, stepped, state);
                    break;
                case IPropertyReferenceOperation property:
                    WriteProperty(property, value, stepped, valueOperation, state);
                    break;
                case IArrayElementReferenceOperation element:
                    UpdateReference(element.ArrayReference, v => v.AddToMember(AbstractValue.Element, stepped), state);
                    break;
                case ITupleOperation tuple:
                    Deconstruct(tuple, value, valueOperation, state);
                    break;
                default:
                    Evaluate(target, state);
                    break;
            }

            return value;
        }

        private AbstractValue Deconstruct(IOperation target, AbstractValue value, IOperation valueOperation, FlowState state)
        {
            if (target is IDeclarationExpressionOperation declaration)
            {
                return Deconstruct(declaration.Expression, value, valueOperation, state);
            }

            if (target is not ITupleOperation tuple)
            {
                return Assign(target, value, valueOperation, state, weak: false);
            }

            // A tuple keeps its elements apart, and so does a Deconstruct the engine can follow; any other object hands
            // each part all it carries.
            var isTuple = value.Members.Count > 0 && value.Members.ContainsKey("Item1");
            var deconstruct = isTuple ? null : DeconstructMethod(target);
            for (var i = 0; i < tuple.Elements.Length; i++)
            {
                var part = isTuple ? value.Member("Item" + (i + 1))
                    : deconstruct != null ? DeconstructedPart(deconstruct, i, value, valueOperation)
                    : AbstractValue.Of(value.AllTaint());
                Deconstruct(tuple.Elements[i], part, valueOperation, state);
            }

            return value;
        }

        /// <summary>Binds the variables a pattern declares; their values come from the matched value.</summary>
        private void BindPattern(IPatternOperation pattern, AbstractValue value, FlowState state)
        {
            switch (pattern)
            {
                case IDeclarationPatternOperation { DeclaredSymbol: { } declared }:
                    state.Set(declared, value);
                    break;
                case IRecursivePatternOperation recursive:
                    if (recursive.DeclaredSymbol != null)
                    {
                        state.Set(recursive.DeclaredSymbol, value);
                    }

                    foreach (var sub in recursive.PropertySubpatterns)
                    {
                        var member = sub.Member is IPropertyReferenceOperation p ? (ISymbol)p.Property : (sub.Member as IFieldReferenceOperation)?.Field;
                        BindPattern(sub.Pattern, member == null ? value : ReadMemberOf(value, member, sub.Syntax.GetLocation()).Join(SourcesOf(member, sub.Member)), state);
                    }

                    for (var i = 0; i < recursive.DeconstructionSubpatterns.Length; i++)
                    {
                        var part = value.Members.ContainsKey("Item1") ? value.Member("Item" + (i + 1)) : AbstractValue.Of(value.AllTaint());
                        BindPattern(recursive.DeconstructionSubpatterns[i], part, state);
                    }

                    break;
                case IBinaryPatternOperation binary:
                    BindPattern(binary.LeftPattern, value, state);
                    BindPattern(binary.RightPattern, value, state);
                    break;
                case IListPatternOperation list:
                    foreach (var sub in list.Patterns)
                    {
                        BindPattern(sub, ElementOf(value), state);
                    }

                    if (list.DeclaredSymbol != null)
                    {
                        state.Set(list.DeclaredSymbol, value);
                    }

                    break;
                case ISlicePatternOperation { Pattern: { } slice }:
                    BindPattern(slice, value, state);
                    break;
            }
        }
    }
}
