using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Facts about the compilation's types that evaluation asks for again and again, found once per type.</summary>
    internal sealed partial class FlowEngine
    {
        private readonly ConcurrentDictionary<ITypeSymbol, IMethodSymbol?> _toStringOverrides = new ConcurrentDictionary<ITypeSymbol, IMethodSymbol?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<(ISymbol Member, EqualsValueClauseSyntax Initializer)>> _initializers =
            new ConcurrentDictionary<ITypeSymbol, ImmutableArray<(ISymbol Member, EqualsValueClauseSyntax Initializer)>>(SymbolEqualityComparer.Default);

        /// <summary>The <c>ToString()</c> a type uses (its own or a base's), when it is an override with a body in the compilation.</summary>
        public IMethodSymbol? ToStringOverride(INamedTypeSymbol type) => _toStringOverrides.GetOrCompute(type.OriginalDefinition, this, static (t, self) =>
        {
            for (var current = (INamedTypeSymbol)t; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(nameof(ToString)))
                {
                    if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 0 } method)
                    {
                        return self.HasBody(method) ? method : null;
                    }
                }
            }

            return null;
        });

        /// <summary>The instance fields and properties of a type declared with an initializer, and the initializer (empty for most types).</summary>
        public ImmutableArray<(ISymbol Member, EqualsValueClauseSyntax Initializer)> InstanceInitializers(INamedTypeSymbol type) =>
            _initializers.GetOrCompute(type.OriginalDefinition, this, static (t, _) =>
            {
                var result = ImmutableArray.CreateBuilder<(ISymbol, EqualsValueClauseSyntax)>();
                foreach (var member in t.GetMembers())
                {
                    if (!member.IsStatic && member is IFieldSymbol or IPropertySymbol && Initializer(member) is { } initializer)
                    {
                        // A property's backing field carries the property's name, as the object's members do.
                        result.Add((member is IFieldSymbol { AssociatedSymbol: IPropertySymbol backed } ? backed : member, initializer));
                    }
                }

                return result.ToImmutable();
            });

        private static EqualsValueClauseSyntax? Initializer(ISymbol member) =>
            member.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).Select(syntax => syntax switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer,
                PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            }).FirstOrDefault(i => i != null);
    }
}
