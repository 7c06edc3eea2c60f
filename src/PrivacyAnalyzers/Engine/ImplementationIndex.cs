using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The methods of the compilation's classes and structs, by name, built once per compilation:
    /// finding the implementations of a virtual or interface method looks at the methods of that name
    /// only, instead of every type of the compilation (which made the engine quadratic in its size).
    /// </summary>
    internal sealed class ImplementationIndex
    {
        private readonly Dictionary<string, ImmutableArray<IMethodSymbol>> _byName;

        /// <summary>Generic base classes as the compilation's classes derive from them (<c>Handler&lt;CreateOrder, bool&gt;</c>), by definition.</summary>
        private readonly Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> _derivedConstructions = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);

        public ImplementationIndex(Compilation compilation)
        {
            var byName = new Dictionary<string, ImmutableArray<IMethodSymbol>.Builder>(System.StringComparer.Ordinal);
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol container)
                    {
                        pending.Push(container);
                    }

                    if (member is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type)
                    {
                        NoteConstructions(type);
                        foreach (var typeMember in type.GetMembers())
                        {
                            if (typeMember is IMethodSymbol { IsStatic: false } method)
                            {
                                if (!byName.TryGetValue(method.Name, out var list))
                                {
                                    byName[method.Name] = list = ImmutableArray.CreateBuilder<IMethodSymbol>();
                                }

                                list.Add(method);
                            }
                        }
                    }
                }
            }

            _byName = new Dictionary<string, ImmutableArray<IMethodSymbol>>(byName.Count, System.StringComparer.Ordinal);
            foreach (var pair in byName)
            {
                _byName[pair.Key] = pair.Value.ToImmutable();
            }
        }

        private void NoteConstructions(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current != null; current = current.BaseType)
            {
                if (current.IsGenericType && !current.IsUnboundGenericType)
                {
                    _derivedConstructions.AddTo(current.OriginalDefinition, current);
                }
            }
        }

        /// <summary>The constructions of a generic class that the compilation's classes derive from; empty when none does.</summary>
        public IReadOnlyList<INamedTypeSymbol> DerivedConstructions(INamedTypeSymbol definition) =>
            _derivedConstructions.TryGetValue(definition.OriginalDefinition, out var list) ? list : (IReadOnlyList<INamedTypeSymbol>)System.Array.Empty<INamedTypeSymbol>();

        /// <summary>Instance methods named <paramref name="name"/>, in a stable order (types as declared).</summary>
        public ImmutableArray<IMethodSymbol> MethodsNamed(string name) =>
            _byName.TryGetValue(name, out var methods) ? methods : ImmutableArray<IMethodSymbol>.Empty;
    }
}
