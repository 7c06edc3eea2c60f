using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Engine
{
    internal static class SyntaxFacts
    {
        /// <summary>An auto-property (or a record's positional property): the engine treats it as a field.</summary>
        public static bool IsAutoProperty(IPropertySymbol property)
        {
            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                switch (reference.GetSyntax())
                {
                    case ParameterSyntax:
                        return true;
                    case PropertyDeclarationSyntax declaration:
                        if (declaration.ExpressionBody != null || declaration.AccessorList == null)
                        {
                            return false;
                        }

                        foreach (var accessor in declaration.AccessorList.Accessors)
                        {
                            if (accessor.Body != null || accessor.ExpressionBody != null)
                            {
                                return false;
                            }
                        }

                        return true;
                }
            }

            return false;
        }

        /// <summary>A record's primary constructor, which stores each parameter into the property of the same name.</summary>
        public static bool IsPrimaryConstructor(IMethodSymbol constructor)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
