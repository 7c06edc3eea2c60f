using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Library models: what a method outside the compilation does with data, looked up by symbol.</summary>
    internal sealed partial class PrivacyModel
    {
        private readonly ConcurrentDictionary<ISymbol, LibraryModel?> _modelCache = new ConcurrentDictionary<ISymbol, LibraryModel?>(SymbolEqualityComparer.Default);

        /// <summary>
        /// The model of <paramref name="method"/>: its own line (a property's line for its getter), else the line of a
        /// method it overrides, else of an interface member it implements, so <c>ICollection`1.Count</c> serves
        /// every collection. Null when no line applies: the engine's default rule then decides.
        /// </summary>
        public LibraryModel? LibraryModelOf(IMethodSymbol method)
        {
            if (Rules.Models.Count == 0)
            {
                return null;
            }

            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return _modelCache.GetOrCompute(definition, this, static (m, self) => self.ComputeLibraryModel((IMethodSymbol)m));
        }

        private LibraryModel? ComputeLibraryModel(IMethodSymbol method)
        {
            for (var current = method; current != null; current = current.OverriddenMethod)
            {
                if (OwnModel(current) is { } model)
                {
                    return model;
                }
            }

            foreach (var implemented in method.ExplicitInterfaceImplementations)
            {
                if (OwnModel(implemented) is { } model)
                {
                    return model;
                }
            }

            var type = method.ContainingType;
            if (type == null || method.IsStatic || method.DeclaredAccessibility != Accessibility.Public)
            {
                return null;
            }

            foreach (var iface in type.AllInterfaces)
            {
                foreach (var candidate in iface.GetMembers(method.Name))
                {
                    if (candidate is IMethodSymbol interfaceMethod && OwnModel(interfaceMethod) is { } model
                        && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, method))
                    {
                        return model;
                    }
                }
            }

            return null;
        }

        private LibraryModel? OwnModel(IMethodSymbol method)
        {
            if (Rules.Models.TryGetValue(method.OriginalDefinition, out var entry))
            {
                return entry.Model;
            }

            // A property's line serves its getter, and its setter (a summary's 'arg0 -> this.Name' stores the value).
            return method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet && method.AssociatedSymbol is { } property
                && Rules.Models.TryGetValue(property.OriginalDefinition, out entry) ? entry.Model : null;
        }
    }
}
