using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Branch conditions whose value is fixed: compile-time constants (<c>if (5 > 1)</c>) and conditions over locals
    /// that are written once, with a constant, and never again (<c>int a = 6; int b = 5; if (a >= b)</c>). Code behind
    /// a branch that can never be taken carries nothing (SPEC section 6: unreachable branches of a constant condition).
    /// </summary>
    internal sealed class ConstantConditions
    {
        private readonly IOperation _body;
        private Dictionary<ILocalSymbol, object?>? _locals;

        public ConstantConditions(IOperation body) => _body = body;

        /// <summary>True when <paramref name="branch"/> can never be taken.</summary>
        public bool NeverTaken(ControlFlowBranch branch)
        {
            var source = branch.Source;
            if (source.ConditionKind == ControlFlowConditionKind.None || source.BranchValue is not { } condition
                || Fold(condition) is not bool value)
            {
                return false;
            }

            var jumpsWhen = source.ConditionKind == ControlFlowConditionKind.WhenTrue;
            return branch.IsConditionalSuccessor ? value != jumpsWhen : value == jumpsWhen;
        }

        /// <summary>The value of a condition built from constants and constant locals, or null when it is not fixed.</summary>
        private object? Fold(IOperation operation)
        {
            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value;
            }

            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return ConstantLocals().TryGetValue(local.Local, out var value) ? value : null;
                case IConversionOperation { Conversion.IsImplicit: true, Conversion.IsNumeric: true } or IConversionOperation { Conversion.IsIdentity: true }:
                    return Fold(((IConversionOperation)operation).Operand);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return Fold(not.Operand) is bool b ? !b : null;
                case IBinaryOperation binary when binary.OperatorMethod == null:
                    return FoldBinary(binary.OperatorKind, Fold(binary.LeftOperand), Fold(binary.RightOperand));
                default:
                    return null;
            }
        }

        private static object? FoldBinary(BinaryOperatorKind kind, object? left, object? right)
        {
            if (left is bool l && right is bool r)
            {
                return kind switch
                {
                    BinaryOperatorKind.Equals => l == r,
                    BinaryOperatorKind.NotEquals => l != r,
                    BinaryOperatorKind.And or BinaryOperatorKind.ConditionalAnd => l && r,
                    BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalOr => l || r,
                    _ => null,
                };
            }

            if (left is string ls && right is string rs)
            {
                return kind switch
                {
                    BinaryOperatorKind.Equals => ls == rs,
                    BinaryOperatorKind.NotEquals => ls != rs,
                    _ => null,
                };
            }

            if (!IsIntegral(left) || !IsIntegral(right))
            {
                return null;
            }

            var x = ToDecimal(left!);
            var y = ToDecimal(right!);
            return kind switch
            {
                BinaryOperatorKind.Equals => x == y,
                BinaryOperatorKind.NotEquals => x != y,
                BinaryOperatorKind.LessThan => x < y,
                BinaryOperatorKind.LessThanOrEqual => x <= y,
                BinaryOperatorKind.GreaterThan => x > y,
                BinaryOperatorKind.GreaterThanOrEqual => x >= y,
                _ => null,
            };
        }

        // Convert.ToDecimal throws on a char (a local set to ',' compared with ';' crashed the analyzer, AD0001).
        private static decimal ToDecimal(object value) => value is char c ? c : Convert.ToDecimal(value);

        private static bool IsIntegral(object? value) =>
            value is int or long or short or byte or sbyte or uint or ulong or ushort or char;

        /// <summary>
        /// Locals declared with a constant and written nowhere else in the body (lambdas and local functions
        /// included); found once per method, on the first condition that reads a local.
        /// </summary>
        private Dictionary<ILocalSymbol, object?> ConstantLocals()
        {
            if (_locals != null)
            {
                return _locals;
            }

            var candidates = new Dictionary<ILocalSymbol, object?>(SymbolEqualityComparer.Default);
            var written = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (var operation in _body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer.Value.ConstantValue.HasValue: true } declarator
                        when declarator.Symbol.RefKind == RefKind.None && !declarator.Symbol.IsConst:
                        candidates[declarator.Symbol] = declarator.Initializer.Value.ConstantValue.Value;
                        break;
                    case ILocalReferenceOperation local when IsWritten(local):
                        written.Add(local.Local);
                        break;
                }
            }

            foreach (var local in written)
            {
                candidates.Remove(local);
            }

            return _locals = candidates;
        }

        /// <summary>A reference that may change the local: assigned, incremented, passed by reference, deconstructed into, or aliased.</summary>
        private static bool IsWritten(ILocalReferenceOperation reference) => reference.Parent switch
        {
            ISimpleAssignmentOperation assignment => assignment.Target == reference || assignment.IsRef,
            ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            ITupleOperation or IAddressOfOperation or IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.RefKind: not RefKind.None } } => true,
            _ => false,
        };
    }
}
