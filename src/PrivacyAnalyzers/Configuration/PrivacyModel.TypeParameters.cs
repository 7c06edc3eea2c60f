using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Generic code reached through dependency injection (a MediatR pipeline behaviour's <c>TRequest</c>): no call of
    /// the compilation says which type a type parameter stands for, so a value of a type parameter constrained to an
    /// interface or a base class carries what the compilation's personal types that satisfy the constraints carry.
    /// An unconstrained type parameter (or one only constrained to <c>class</c>, <c>notnull</c>, <c>new()</c>) carries nothing.
    /// </summary>
    internal sealed partial class PrivacyModel
    {
        private ImmutableArray<INamedTypeSymbol> _personalTypes;

        private void CollectConstraintSources(ITypeParameterSymbol parameter, List<TypeSource> result, HashSet<ITypeSymbol> seen)
        {
            if (parameter.ConstraintTypes.IsEmpty)
            {
                return;
            }

            foreach (var candidate in PersonalTypes())
            {
                if (parameter.ConstraintTypes.All(constraint => Satisfies(candidate, constraint)))
                {
                    CollectTypeSources(candidate, result, seen);
                }
            }
        }

        private static bool Satisfies(INamedTypeSymbol candidate, ITypeSymbol constraint)
        {
            if (constraint is ITypeParameterSymbol)
            {
                return true; // where TRequest : TBase: the other parameter is as open as this one
            }

            if (constraint.TypeKind == TypeKind.Interface)
            {
                return candidate.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, constraint.OriginalDefinition));
            }

            for (var current = candidate; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, constraint.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsInGenericContext(INamedTypeSymbol type)
        {
            for (var current = type; current != null; current = current.ContainingType)
            {
                if (current.IsGenericType)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The compilation's own types whose instances carry personal data, found once and only when a constrained type parameter asks.</summary>
        private ImmutableArray<INamedTypeSymbol> PersonalTypes()
        {
            if (_personalTypes.IsDefault)
            {
                var types = new List<INamedTypeSymbol>();
                var pending = new Stack<INamespaceOrTypeSymbol>();
                pending.Push(Compilation.Assembly.GlobalNamespace);
                while (pending.Count > 0)
                {
                    foreach (var member in pending.Pop().GetMembers())
                    {
                        // Only closed types: the members of a generic type (or of a type nested in one) would ask about type parameters again.
                        if (member is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type && !IsInGenericContext(type) && !TypeSources(type).IsEmpty)
                        {
                            types.Add(type);
                        }

                        if (member is INamespaceOrTypeSymbol container)
                        {
                            pending.Push(container);
                        }
                    }
                }

                ImmutableInterlocked.InterlockedInitialize(ref _personalTypes, types.ToImmutableArray());
            }

            return _personalTypes;
        }
    }
}
