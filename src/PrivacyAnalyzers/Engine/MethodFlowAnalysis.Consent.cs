using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Consent checks as branch facts (SPEC section 6): the edge a check's <c>true</c> outcome takes adds the check to
    /// <see cref="FlowState.Granted"/>; paths meet by intersection, so a sink counts as guarded only when every path
    /// to it passed a check. A check's result stored in a local or a flow capture keeps what each outcome means.
    /// Nothing here runs unless a promise needs consent.
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>The consent checks that taking <paramref name="branch"/> proves, read in the state its source block left.</summary>
        private ConsentFacts EdgeGrant(ControlFlowBranch branch, FlowState predecessor)
        {
            var source = branch.Source;
            if (!_engine.Model.TracksConsent || source.ConditionKind == ControlFlowConditionKind.None || source.BranchValue is not { } condition
                || branch.Semantics != ControlFlowBranchSemantics.Regular)
            {
                return ConsentFacts.None;
            }

            var consent = ConsentOf(condition, predecessor);
            if (consent.IsUnknown)
            {
                return ConsentFacts.None;
            }

            var jumpsWhen = source.ConditionKind == ControlFlowConditionKind.WhenTrue;
            var takenWhen = branch.IsConditionalSuccessor ? jumpsWhen : !jumpsWhen;
            return takenWhen ? consent.WhenTrue : consent.WhenFalse;
        }

        /// <summary>The state at the start of an edge's destination: the source's output, plus what the edge proves.</summary>
        private FlowState AlongEdge(ControlFlowBranch branch, FlowState predecessor, bool copy)
        {
            var grant = EdgeGrant(branch, predecessor);
            if (grant.IsNone)
            {
                return copy ? predecessor.Clone() : predecessor;
            }

            var state = predecessor.Clone();
            state.Granted = state.Granted.Union(grant);
            return state;
        }

        /// <summary>What a <c>bool</c> about to be stored says about consent, with what is known where it is computed.</summary>
        private ConsentCondition ConsentStored(IOperation value, FlowState state)
        {
            if (!_engine.Model.TracksConsent)
            {
                return ConsentCondition.Unknown;
            }

            var consent = ConsentOf(value, state);
            return consent.IsUnknown ? consent : consent.With(state.Granted);
        }

        /// <summary>Remembers what the value stored into a local or capture says about consent; any other store forgets it.</summary>
        private static void RememberConsent(IOperation target, ConsentCondition consent, FlowState state)
        {
            switch (target)
            {
                case ILocalReferenceOperation local:
                    state.SetConsent(local.Local, consent);
                    break;
                case IFlowCaptureReferenceOperation capture:
                    state.SetConsent(capture.Id, consent);
                    break;
                case IDeclarationExpressionOperation declaration:
                    RememberConsent(declaration.Expression, consent, state);
                    break;
            }
        }

        /// <summary>What each outcome of a <c>bool</c> expression proves about consent.</summary>
        private ConsentCondition ConsentOf(IOperation operation, FlowState state)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    return ConsentOf(conversion.Operand, state);
                case IParenthesizedOperation parenthesized:
                    return ConsentOf(parenthesized.Operand, state);
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: bool constant } }:
                    // A constant outcome is never the other one: that side proves anything (the false arm of a lowered &&).
                    return constant ? new ConsentCondition(ConsentFacts.None, ConsentFacts.All) : new ConsentCondition(ConsentFacts.All, ConsentFacts.None);
                case IInvocationOperation invocation:
                    return Check(invocation.TargetMethod);
                case IPropertyReferenceOperation property:
                    return Check(property.Property);
                case ILocalReferenceOperation local:
                    return state.ConsentOf(local.Local);
                case IFlowCaptureReferenceOperation capture:
                    return state.ConsentOf(capture.Id);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return ConsentOf(not.Operand, state).Not();
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } and:
                    return ConsentOf(and.LeftOperand, state).And(ConsentOf(and.RightOperand, state));
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } or:
                    return ConsentOf(or.LeftOperand, state).Or(ConsentOf(or.RightOperand, state));
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality:
                    return Compared(equality.LeftOperand, equality.RightOperand.ConstantValue, equality.OperatorKind == BinaryOperatorKind.NotEquals, state)
                        ?? Compared(equality.RightOperand, equality.LeftOperand.ConstantValue, equality.OperatorKind == BinaryOperatorKind.NotEquals, state)
                        ?? ConsentCondition.Unknown;
                case IIsPatternOperation isPattern:
                    return Matched(ConsentOf(isPattern.Value, state), isPattern.Pattern);
                default:
                    return ConsentCondition.Unknown;
            }
        }

        private ConsentCondition Check(ISymbol member) =>
            _engine.Model.ConsentCheck(member) is { } check ? new ConsentCondition(ConsentFacts.Of(check), ConsentFacts.None) : ConsentCondition.Unknown;

        /// <summary><c>check == true</c>, <c>check != false</c> and the like.</summary>
        private ConsentCondition? Compared(IOperation operand, Optional<object?> constant, bool negated, FlowState state)
        {
            if (!constant.HasValue || constant.Value is not bool value)
            {
                return null;
            }

            var consent = ConsentOf(operand, state);
            return value != negated ? consent : consent.Not();
        }

        /// <summary><c>check is true</c>, <c>is false</c>, <c>is not false</c>: also how a <c>switch</c> on a check tests its cases.</summary>
        private static ConsentCondition Matched(ConsentCondition value, IPatternOperation pattern) => pattern switch
        {
            IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool constant } } => constant ? value : value.Not(),
            INegatedPatternOperation negated => Matched(value, negated.Pattern).Not(),
            _ => ConsentCondition.Unknown,
        };
    }
}
