using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Documentation-comment IDs of rules files, as in <c>BannedSymbols.txt</c>, with two conveniences:
    /// an <c>M:</c> ID without a parameter list names every overload of the method (of every generic arity unless
    /// the ID gives one, as in <c>Log``1</c>),
    /// and a trailing <c>*</c> on the member name of an <c>M:</c>, <c>P:</c> or <c>F:</c> ID matches every member
    /// whose name starts with it (<c>M:Mixpanel.MixpanelClient.Track*</c>). Everything else is resolved by
    /// <see cref="DocumentationCommentId.GetSymbolsForDeclarationId"/> over the compilation and its references.
    /// </summary>
    internal static class SymbolIds
    {
        public static bool IsWellFormed(string id)
        {
            if (id.Length < 3 || id[1] != ':' || "MPFTN".IndexOf(id[0]) < 0)
            {
                return false;
            }

            foreach (var c in id)
            {
                if (char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            var star = id.IndexOf('*');
            return star < 0 || (star == id.Length - 1 && "MPF".IndexOf(id[0]) >= 0 && id.LastIndexOf('.') > 1);
        }

        /// <summary>Every symbol the ID names (original definitions); empty when it names nothing.</summary>
        public static ImmutableArray<ISymbol> Resolve(string id, Compilation compilation)
        {
            var kind = id[0];
            var hasParameters = id.IndexOf('(') >= 0;
            var isPrefix = id.EndsWith("*", StringComparison.Ordinal);
            if (!isPrefix && (kind is not ('M' or 'P') || hasParameters))
            {
                return DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
            }

            var body = id.Substring(2, id.Length - 2 - (isPrefix ? 1 : 0));
            var dot = body.LastIndexOf('.');
            if (dot <= 0)
            {
                return ImmutableArray<ISymbol>.Empty;
            }

            var (name, arity) = SplitArity(body.Substring(dot + 1));
            name = name.Replace('#', '.');
            var result = ImmutableArray.CreateBuilder<ISymbol>();
            foreach (var container in DocumentationCommentId.GetSymbolsForDeclarationId("T:" + body.Substring(0, dot), compilation))
            {
                if (container is INamedTypeSymbol type)
                {
                    AddMembers(type, kind, name, isPrefix, arity, result);
                }
            }

            return result.ToImmutable();
        }

        private static void AddMembers(INamedTypeSymbol type, char kind, string name, bool isPrefix, int? arity, ImmutableArray<ISymbol>.Builder result)
        {
            // An indexer's ID name is "Item" (P:List`1.Item matches it with any parameters); Roslyn names it "this[]".
            IEnumerable<ISymbol> candidates = isPrefix ? type.GetMembers()
                : kind == 'P' && name == "Item" ? type.GetMembers(name).AddRange(type.GetMembers(WellKnownMemberNames.Indexer))
                : type.GetMembers(name);
            foreach (var member in candidates)
            {
                var matchesKind = kind switch
                {
                    'M' => member is IMethodSymbol { AssociatedSymbol: null } method && (arity == null || method.Arity == arity),
                    'P' => member is IPropertySymbol,
                    _ => member is IFieldSymbol { AssociatedSymbol: null },
                };
                if (matchesKind && (!isPrefix || member.Name.StartsWith(name, StringComparison.Ordinal)))
                {
                    result.Add(member.OriginalDefinition);
                }
            }
        }

        /// <summary><c>Log``1</c> → (<c>Log</c>, 1); <c>Log</c> → (<c>Log</c>, any arity). A malformed arity matches nothing.</summary>
        private static (string Name, int? Arity) SplitArity(string name)
        {
            var tick = name.IndexOf("``", StringComparison.Ordinal);
            if (tick < 0)
            {
                return (name, null);
            }

            return (name.Substring(0, tick), int.TryParse(name.Substring(tick + 2), out var arity) ? arity : -1);
        }
    }
}
