using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Exposure
{
    /// <summary>
    /// For PRIV020: the annotated members whose values a method body returns, found syntactically from
    /// its <c>return</c> statements (directly, or through locals assigned in the same body). A deliberately
    /// small walk: string operations and calls into referenced assemblies pass data along, calls within
    /// the compilation do not (the flow engine owns that precision), sizes and booleans stop it.
    /// </summary>
    internal sealed class ReturnedSources
    {
        /// <summary>Members of referenced types whose result is a size, position or comparison, not the data.</summary>
        private static readonly HashSet<string> DerivedNames = new HashSet<string>
        {
            "Length", "Count", "IndexOf", "LastIndexOf", "CompareTo", "Compare", "Equals", "GetHashCode", "Contains", "StartsWith", "EndsWith",
        };

        private readonly PrivacyModel _model;
        private readonly HashSet<ILocalSymbol> _visitedLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        private IOperation? _root;

        public ReturnedSources(PrivacyModel model)
        {
            _model = model;
        }

        /// <summary>Category → the first member read that carries it, in the order found.</summary>
        public List<(string Category, (ISymbol Symbol, Location Location) Source)> Found { get; } = new List<(string, (ISymbol, Location))>();

        public void AddReturnsOf(IOperation block)
        {
            _root = block;
            foreach (var operation in OwnOperations(block))
            {
                if (operation is IReturnOperation { ReturnedValue: { } value })
                {
                    Visit(value);
                }
            }
        }

        private void Visit(IOperation? operation)
        {
            switch (operation)
            {
                case null:
                    return;
                case IConversionOperation conversion:
                    Visit(conversion.Operand);
                    return;
                case IParenthesizedOperation parenthesized:
                    Visit(parenthesized.Operand);
                    return;
                case IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } reference:
                    AddSource(reference.Member, reference);
                    return;
                case IParameterReferenceOperation parameter:
                    AddSource(parameter.Parameter, parameter);
                    return;
                case ILocalReferenceOperation local:
                    VisitLocal(local.Local);
                    return;
                case IInvocationOperation invocation:
                    VisitInvocation(invocation);
                    return;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    Visit(binary.LeftOperand);
                    Visit(binary.RightOperand);
                    return;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts.OfType<IInterpolationOperation>())
                    {
                        Visit(part.Expression);
                    }

                    return;
                case IConditionalOperation conditional:
                    Visit(conditional.WhenTrue);
                    Visit(conditional.WhenFalse);
                    return;
                case ICoalesceOperation coalesce:
                    Visit(coalesce.Value);
                    Visit(coalesce.WhenNull);
                    return;
                case IConditionalAccessOperation conditionalAccess:
                    Visit(conditionalAccess.WhenNotNull);
                    return;
                case IConditionalAccessInstanceOperation:
                    return;
                case IAwaitOperation awaited:
                    Visit(awaited.Operation);
                    return;
            }
        }

        private void VisitInvocation(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            AddSource(method, invocation);
            if (_model.Anonymizer(method) != null || IsDerived(invocation.Type, method.Name) || method.Locations.Any(l => l.IsInSource))
            {
                return;
            }

            // A call into a referenced assembly returns what it was given (phone.Trim(), string.Concat(a, b)).
            Visit(invocation.Instance is IConditionalAccessInstanceOperation ? null : invocation.Instance);
            foreach (var argument in invocation.Arguments)
            {
                Visit(argument.Value);
            }
        }

        private void VisitLocal(ILocalSymbol local)
        {
            if (_root == null || !_visitedLocals.Add(local))
            {
                return;
            }

            foreach (var operation in OwnOperations(_root))
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        Visit(declarator.Initializer?.Value);
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        Visit(assignment.Value);
                        break;
                }
            }
        }

        private void AddSource(ISymbol symbol, IOperation reference)
        {
            foreach (var category in _model.SourceCategories(symbol))
            {
                if (!Found.Any(f => f.Category == category))
                {
                    Found.Add((category, (symbol, reference.Syntax.GetLocation())));
                }
            }
        }

        private static bool IsDerived(ITypeSymbol? type, string name) =>
            type == null || type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Enum || DerivedNames.Contains(name);

        /// <summary>The operations of the body itself, not of the lambdas and local functions inside it (their returns are theirs).</summary>
        private static IEnumerable<IOperation> OwnOperations(IOperation root)
        {
            var stack = new Stack<IOperation>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                yield return current;
                foreach (var child in current.ChildOperations.Reverse())
                {
                    if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                    {
                        stack.Push(child);
                    }
                }
            }
        }
    }
}
