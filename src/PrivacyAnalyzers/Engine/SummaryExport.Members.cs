using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Which members a summary describes, and how it names them.</summary>
    internal static partial class SummaryExport
    {
        private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
        {
            foreach (var member in ns.GetMembers())
            {
                if (member is INamespaceSymbol inner)
                {
                    foreach (var type in Types(inner))
                    {
                        yield return type;
                    }
                }
                else if (member is INamedTypeSymbol type && type.Locations.Any(l => l.IsInSource))
                {
                    foreach (var nested in Nested(type))
                    {
                        yield return nested;
                    }
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type)
        {
            yield return type;
            foreach (var inner in type.GetTypeMembers())
            {
                foreach (var nested in Nested(inner))
                {
                    yield return nested;
                }
            }
        }

        /// <summary>Whether another assembly can call it: public or protected all the way out (internal too, for an assembly with InternalsVisibleTo).</summary>
        internal static bool IsVisible(ISymbol symbol, bool internalsVisible)
        {
            for (var current = symbol; current != null; current = current.ContainingType)
            {
                var visible = current.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
                    || internalsVisible && current.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedAndInternal;
                if (!visible)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The member's documentation ID as rules files write it: without the <c>~ReturnType</c> that only conversion operators need.</summary>
        private static string Id(ISymbol member)
        {
            var id = DocumentationCommentId.CreateDeclarationId(member);
            var tilde = id.IndexOf('~');
            return tilde >= 0 && member is IMethodSymbol { MethodKind: not MethodKind.Conversion } ? id.Substring(0, tilde) : id;
        }

        // What the summary writes after a dot must read back as a model place.
        private static bool IsIdentifier(string text) => Configuration.ModelSyntax.IsMemberName(text);
    }
}
