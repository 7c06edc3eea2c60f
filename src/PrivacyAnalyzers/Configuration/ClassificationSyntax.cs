using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Reads, from syntax alone, the <c>DataClassification</c> that a source-declared classification attribute
    /// passes to its base constructor: <c>base(new DataClassification("tax", "value"))</c>, <c>base(new("tax", "value"))</c>,
    /// or <c>base(MyTaxonomy.Private)</c> where that static member is initialized with such a <c>new</c>. Strings
    /// may be literals, <c>nameof(...)</c>, concatenations, or constants/static members holding them.
    /// Syntax only, on purpose: analyzers should not ask for semantic models of other trees (RS1030).
    /// </summary>
    internal sealed class ClassificationSyntax
    {
        private const int MaxDepth = 6;
        private readonly Compilation _compilation;

        public ClassificationSyntax(Compilation compilation)
        {
            _compilation = compilation;
        }

        /// <summary>The (taxonomy, value) passed to the base constructor by <paramref name="type"/>'s declaration, if readable.</summary>
        public (string Taxonomy, string Value)? BaseClassification(INamedTypeSymbol type)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
                {
                    continue;
                }

                foreach (var argument in BaseArguments(declaration))
                {
                    if (Classification(argument, 0) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }

        /// <summary>First arguments of <c>: base(...)</c> initializers and of a primary-constructor base type.</summary>
        private static System.Collections.Generic.IEnumerable<ExpressionSyntax> BaseArguments(TypeDeclarationSyntax declaration)
        {
            if (declaration.BaseList != null)
            {
                foreach (var baseType in declaration.BaseList.Types.OfType<PrimaryConstructorBaseTypeSyntax>())
                {
                    if (baseType.ArgumentList.Arguments.Count > 0)
                    {
                        yield return baseType.ArgumentList.Arguments[0].Expression;
                    }
                }
            }

            foreach (var constructor in declaration.Members.OfType<ConstructorDeclarationSyntax>())
            {
                if (constructor.Initializer is { } initializer && initializer.IsKind(SyntaxKind.BaseConstructorInitializer)
                    && initializer.ArgumentList.Arguments.Count > 0)
                {
                    yield return initializer.ArgumentList.Arguments[0].Expression;
                }
            }
        }

        private (string Taxonomy, string Value)? Classification(ExpressionSyntax expression, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return Classification(parenthesized.Expression, depth + 1);
                case BaseObjectCreationExpressionSyntax { ArgumentList: { Arguments: { Count: 2 } arguments } }:
                    return String(arguments[0].Expression, depth + 1) is { } taxonomy && String(arguments[1].Expression, depth + 1) is { } value
                        ? (taxonomy, value)
                        : null;
                default:
                    return MemberValue(expression) is { } value2 ? Classification(value2, depth + 1) : null;
            }
        }

        private string? String(ExpressionSyntax expression, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return literal.Token.ValueText;
                case ParenthesizedExpressionSyntax parenthesized:
                    return String(parenthesized.Expression, depth + 1);
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments: { Count: 1 } nameofArguments }:
                    return LastName(nameofArguments[0].Expression);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return String(binary.Left, depth + 1) is { } left && String(binary.Right, depth + 1) is { } right ? left + right : null;
                default:
                    return MemberValue(expression) is { } value ? String(value, depth + 1) : null;
            }
        }

        /// <summary>The initializer or expression body of the field or property that <paramref name="reference"/> names.</summary>
        private ExpressionSyntax? MemberValue(ExpressionSyntax reference)
        {
            var (typeName, memberName) = reference switch
            {
                IdentifierNameSyntax identifier => ((string?)null, identifier.Identifier.ValueText),
                MemberAccessExpressionSyntax access => (LastName(access.Expression), access.Name.Identifier.ValueText),
                _ => (null, null),
            };
            if (memberName == null)
            {
                return null;
            }

            var types = typeName == null
                ? reference.Ancestors().OfType<TypeDeclarationSyntax>()
                : _compilation.GetSymbolsWithName(typeName, SymbolFilter.Type)
                    .SelectMany(t => t.DeclaringSyntaxReferences).Select(r => r.GetSyntax()).OfType<TypeDeclarationSyntax>();
            foreach (var type in types)
            {
                foreach (var member in type.Members)
                {
                    if (Value(member, memberName) is { } value)
                    {
                        return value;
                    }
                }
            }

            return null;
        }

        private static ExpressionSyntax? Value(MemberDeclarationSyntax member, string name)
        {
            switch (member)
            {
                case FieldDeclarationSyntax field:
                    return field.Declaration.Variables.FirstOrDefault(v => v.Identifier.ValueText == name)?.Initializer?.Value;
                case PropertyDeclarationSyntax property when property.Identifier.ValueText == name:
                    if (property.Initializer != null)
                    {
                        return property.Initializer.Value;
                    }

                    if (property.ExpressionBody != null)
                    {
                        return property.ExpressionBody.Expression;
                    }

                    var getter = property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
                    return getter?.ExpressionBody?.Expression
                        ?? (getter?.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax ret ? ret.Expression : null);
                default:
                    return null;
            }
        }

        private static string? LastName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            _ => null,
        };
    }
}
