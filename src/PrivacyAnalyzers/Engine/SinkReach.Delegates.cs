using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Delegates: what a delegate call may run, and whether a delegate stored into a member may reach a sink.</summary>
    internal sealed partial class SinkReach
    {
        /// <summary>
        /// A delegate invoked from a field, property or event of the compilation runs what the program stores there, which
        /// is known at compilation end (<see cref="FunctionReaches"/>): the member is recorded, and the call reaches no sink
        /// for now. A delegate parameter runs what the caller passes, and the caller is analyzed for it. A local runs what
        /// the method assigns to it (<c>var callback = HtmlTagCallback ?? DefaultHtmlTagCallback</c>). Any other delegate
        /// (a call's result, a local passed by reference) may run anything.
        /// </summary>
        private bool DelegateCallReaches(IInvocationOperation invocation, SummaryRequest request, DeferredMethod.Builder? record)
        {
            var target = invocation.Instance is IConditionalAccessInstanceOperation instance ? ConditionalAccessed(instance) : invocation.Instance;
            return target == null || DelegateSourceReaches(target, request, record, depth: 0);
        }

        private bool DelegateSourceReaches(IOperation value, SummaryRequest request, DeferredMethod.Builder? record, int depth)
        {
            while (value is IConversionOperation or IParenthesizedOperation or IDelegateCreationOperation)
            {
                value = value switch
                {
                    IConversionOperation conversion => conversion.Operand,
                    IParenthesizedOperation parenthesized => parenthesized.Operand,
                    _ => ((IDelegateCreationOperation)value).Target,
                };
            }

            switch (value)
            {
                case IParameterReferenceOperation:
                case IAnonymousFunctionOperation: // its body is part of the method's own walk
                case ILiteralOperation:
                case IDefaultValueOperation:
                    return false;
                case IMethodReferenceOperation method:
                    return CallReaches(method.Method, NoArguments, request, record);
                case IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol or IEventSymbol } member
                    when SymbolEqualityComparer.Default.Equals(member.Member.ContainingAssembly, _engine.Compilation.Assembly):
                    record?.Members.Add(member.Member.OriginalDefinition);
                    return false;
                case ICoalesceOperation coalesce:
                    return DelegateSourceReaches(coalesce.Value, request, record, depth) || DelegateSourceReaches(coalesce.WhenNull, request, record, depth);
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return DelegateSourceReaches(conditional.WhenTrue, request, record, depth) || DelegateSourceReaches(whenFalse, request, record, depth);
                case ILocalReferenceOperation local when depth < 4:
                    return LocalSourcesReach(local, request, record, depth + 1);
                default:
                    return true;
            }
        }

        /// <summary>Every value the method assigns to the local; one passed by reference may hold anything.</summary>
        private bool LocalSourcesReach(ILocalReferenceOperation local, SummaryRequest request, DeferredMethod.Builder? record, int depth)
        {
            var root = (IOperation)local;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            foreach (var operation in root.Descendants())
            {
                var assigned = operation switch
                {
                    IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) =>
                        declarator.Initializer?.Value,
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                        when SymbolEqualityComparer.Default.Equals(target.Local, local.Local) => assignment.Value,
                    ILocalReferenceOperation { Parent: IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In } } byReference
                        when SymbolEqualityComparer.Default.Equals(byReference.Local, local.Local) => byReference,
                    _ => null,
                };
                if (assigned == operation || (assigned != null && DelegateSourceReaches(assigned, request, record, depth)))
                {
                    return true;
                }
            }

            return false;
        }

        private static IOperation? ConditionalAccessed(IConditionalAccessInstanceOperation instance)
        {
            for (var parent = instance.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        /// <summary>Whether a delegate stored into a member may reach a sink when it is called (a lambda nested in it: assumed so).</summary>
        public bool FunctionReaches(FunctionWrite write, SummaryRequest request)
        {
            if (write.Function is IMethodSymbol method)
            {
                return CallReaches(method, NoArguments, request, null);
            }

            foreach (var block in write.Graph?.Blocks ?? ImmutableArray<BasicBlock>.Empty)
            {
                foreach (var operation in block.BranchValue == null ? block.Operations : block.Operations.Add(block.BranchValue))
                {
                    if (operation.DescendantsAndSelf().Any(o => o is IFlowAnonymousFunctionOperation || Reaches(o, request, null)))
                    {
                        return true;
                    }
                }
            }

            return write.Graph == null;
        }
    }
}
