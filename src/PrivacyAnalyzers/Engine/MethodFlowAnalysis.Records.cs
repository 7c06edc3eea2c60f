using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Members the compiler writes for records and primary constructors, which have no body to follow: a record's
    /// clone (<c>with</c>) copies every member, its <c>Deconstruct</c> hands out each positional member, and a
    /// primary-constructor parameter used in a member is state of the object.
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>A parameter of this type's primary constructor, referenced from another member.</summary>
        private bool IsCapturedPrimaryParameter(IParameterSymbol parameter) =>
            parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            && !SymbolEqualityComparer.Default.Equals(constructor, _method)
            && !SymbolEqualityComparer.Default.Equals(constructor, _initializing)
            && SyntaxFacts.IsPrimaryConstructor(constructor);

        /// <summary>The compiler's clone of a record (<c>with</c>): a new object with the receiver's members.</summary>
        private static bool IsRecordClone(IMethodSymbol method) =>
            method.IsImplicitlyDeclared && method.ContainingType is { IsRecord: true } && method.Name == "<Clone>$"; // the name the compiler gives a record's clone

        private AbstractValue CloneOf(AbstractValue receiver, IOperation call)
        {
            var result = AbstractValue.AllocatedBy(call);
            foreach (var member in receiver.Members)
            {
                result = result.SetMember(member.Key, member.Value);
            }

            return result.WithDirect(receiver.Direct).AsFresh();
        }

        /// <summary>The Deconstruct method <c>var (a, b) = value</c> calls, when the language picked one.</summary>
        private IMethodSymbol? DeconstructMethod(IOperation target)
        {
            // A tuple is taken apart by the language itself, never by a Deconstruct method. Asking the model would bind the
            // whole body again (at compilation end nothing of it is cached), so a tuple value does not ask.
            var assigned = target.Parent is IDeclarationExpressionOperation declared ? declared.Parent : target.Parent;
            if (assigned is IDeconstructionAssignmentOperation { Value.Type: INamedTypeSymbol { IsTupleType: true } })
            {
                return null;
            }

            // The outermost tuple only: `(a, b) = value` or `var (a, b) = value` (nested parts fall back to the whole value).
            // Operations of a control-flow graph carry no semantic model: ask the compilation's shared one.
            var left = target.Syntax.Parent is DeclarationExpressionSyntax declaration ? declaration : target.Syntax;
            return left.Parent is AssignmentExpressionSyntax assignment && assignment.Left == left
                ? _engine.DeconstructMethod(assignment)
                : null;
        }

        /// <summary>
        /// Part <paramref name="index"/> of a deconstruction: a record's positional member of that name, or what the
        /// method's own summary leaves in its out parameter; otherwise everything the value carries.
        /// </summary>
        private AbstractValue DeconstructedPart(IMethodSymbol deconstruct, int index, AbstractValue value, IOperation valueOperation)
        {
            var parameter = index < deconstruct.Parameters.Length ? deconstruct.Parameters[index] : null;
            if (parameter == null)
            {
                return AbstractValue.Of(value.AllTaint());
            }

            if (deconstruct.IsImplicitlyDeclared && deconstruct.ContainingType is { IsRecord: true })
            {
                return value.Member(parameter.Name).Join(AbstractValue.Of(value.Direct));
            }

            if (_engine.HasBody(deconstruct))
            {
                var summary = _engine.GetSummary(deconstruct, _request);
                var arguments = new Arguments();
                arguments.ByOrdinal[-1] = value;
                return summary.ParametersAtExit.TryGetValue(parameter.Ordinal, out var exit) ? Substitute(exit, arguments, valueOperation) : AbstractValue.Empty;
            }

            return AbstractValue.Of(value.AllTaint());
        }
    }
}
