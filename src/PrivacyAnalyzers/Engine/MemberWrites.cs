using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Whether a reference to a field or property may change what it holds: it (or a member or element under it) is
    /// assigned, incremented, passed by <c>ref</c>/<c>out</c>, or handed to a call that may store into it (as the
    /// receiver or an argument of a mutable type: <c>_list.Add(x)</c>). Reading a string or a value is no write.
    /// Only writers of a field can change what a flow reads from it.
    /// </summary>
    internal static class MemberWrites
    {
        public static bool IsWrite(IMemberReferenceOperation reference)
        {
            IOperation current = reference;
            while (current.Parent is IMemberReferenceOperation { Instance: var instance } && instance == current
                || current.Parent is IArrayElementReferenceOperation { ArrayReference: var array } && array == current)
            {
                current = current.Parent;
            }

            switch (current.Parent)
            {
                case IAssignmentOperation assignment when assignment.Target == current:
                case IDeconstructionAssignmentOperation:
                case IIncrementOrDecrementOperation:
                    return true;
                case IArgumentOperation argument:
                    return argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out || MayHoldContent(current.Type);
                case IInvocationOperation invocation when invocation.Instance == current:
                    return MayHoldContent(current.Type);
                default:
                    return current.Parent is ITupleOperation { Parent: IDeconstructionAssignmentOperation };
            }
        }

        /// <summary>A value a callee could store into: not a string, a primitive or an enum.</summary>
        private static bool MayHoldContent(ITypeSymbol? type) =>
            type == null || (type.SpecialType == SpecialType.None && type.TypeKind != TypeKind.Enum) || type.SpecialType == SpecialType.System_Object;
    }
}
