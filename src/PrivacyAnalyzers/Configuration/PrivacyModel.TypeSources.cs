using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>What an instance of a type carries as a whole, from its annotations and its members'.</summary>
    internal sealed partial class PrivacyModel
    {
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<TypeSource>> _typeMembersCache = new ConcurrentDictionary<ITypeSymbol, ImmutableArray<TypeSource>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<TypeSource>> _metadataMembersCache = new ConcurrentDictionary<ITypeSymbol, ImmutableArray<TypeSource>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// What an instance of <paramref name="type"/> carries as a whole: the type's own categories and
        /// those of its annotated members, transitively (a room holding users holds their phone numbers),
        /// including collection elements. Empty for most types, and cached.
        /// </summary>
        public ImmutableArray<TypeSource> TypeSources(ITypeSymbol type) => _typeMembersCache.GetOrCompute(type, this, static (t, self) =>
        {
            var result = new List<TypeSource>();
            self.CollectTypeSources(t, result, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
            return result.Count == 0 ? ImmutableArray<TypeSource>.Empty : result.Distinct().ToImmutableArray();
        });

        private void CollectTypeSources(ITypeSymbol type, List<TypeSource> result, HashSet<ITypeSymbol> seen)
        {
            if (type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Error || !seen.Add(type))
            {
                return;
            }

            foreach (var category in TypeCategories(type))
            {
                result.Add(new TypeSource(category, type.Name));
            }

            if (type is IArrayTypeSymbol array)
            {
                CollectTypeSources(array.ElementType, result, seen);
                return;
            }

            if (type is ITypeParameterSymbol parameter)
            {
                CollectConstraintSources(parameter, result, seen);
                return;
            }

            if (type is not INamedTypeSymbol named)
            {
                return;
            }

            foreach (var argument in named.TypeArguments)
            {
                CollectTypeSources(argument, result, seen);
            }

            // Only types of this compilation are walked member by member: metadata types carry
            // their categories through their own annotations on the members read from them.
            if (!named.Locations.Any(l => l.IsInSource))
            {
                result.AddRange(MetadataMemberSources(named.OriginalDefinition));
                return;
            }

            foreach (var member in named.GetMembers())
            {
                if (IsInstanceData(member))
                {
                    AddMemberSources(member, result);
                    CollectTypeSources(member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type, result, seen);
                }
            }
        }

        /// <summary>
        /// The annotated members of a metadata type, read from its definition: their categories are the same for every
        /// construction (see SourceCategories), so each definition is read once, not once per <c>List&lt;T&gt;</c> of the program.
        /// </summary>
        private ImmutableArray<TypeSource> MetadataMemberSources(INamedTypeSymbol definition) =>
            _metadataMembersCache.GetOrCompute(definition, this, static (type, self) =>
            {
                var result = new List<TypeSource>();
                foreach (var member in ((INamedTypeSymbol)type).GetMembers())
                {
                    if (IsInstanceData(member))
                    {
                        self.AddMemberSources(member, result);
                    }
                }

                return result.Count == 0 ? ImmutableArray<TypeSource>.Empty : result.ToImmutableArray();
            });

        /// <summary>Fields and non-indexer properties of an instance; an auto-property's backing field only as its property.</summary>
        private static bool IsInstanceData(ISymbol member) =>
            !member.IsStatic && !(member.DeclaredAccessibility == Accessibility.Private && member is IFieldSymbol { AssociatedSymbol: not null })
            && member is IFieldSymbol or IPropertySymbol { IsIndexer: false };

        private void AddMemberSources(ISymbol member, List<TypeSource> result)
        {
            var source = member is IFieldSymbol { AssociatedSymbol: { } associated } ? associated : member;
            foreach (var category in SourceCategories(source))
            {
                result.Add(new TypeSource(category, DisplayName(source)));
            }
        }
    }
}
