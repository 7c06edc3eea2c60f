using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// The first and cheapest gate: can this compilation hold personal data at all? When no source is
    /// declared anywhere (no [PersonalData] in its declarations or references, no classification
    /// attribute, no rules-file source, no mention of a catalog source such as <c>RemoteIpAddress</c>) the
    /// flow analyzer registers nothing.
    /// </summary>
    internal static class PersonalDataPresence
    {
        private const string AnnotationsAssembly = "PrivacyAnalyzers.Annotations";

        private static readonly ImmutableArray<string> PersonalDataWord = ImmutableArray.Create("PersonalData");

        /// <summary>Answered once per compilation (several analyzers ask); the answer never changes.</summary>
        public static bool IsPossible(PrivacyModel model, CancellationToken cancellationToken)
        {
            var known = Volatile.Read(ref model.PersonalDataPossible);
            if (known == 0)
            {
                known = Compute(model, cancellationToken) ? 1 : 2;
                Volatile.Write(ref model.PersonalDataPossible, known);
            }

            return known == 1;
        }

        private static bool Compute(PrivacyModel model, CancellationToken cancellationToken)
        {
            if (model.Rules.HasTeamSources || model.Symbols.DataClassificationAttribute != null)
            {
                return true;
            }

            var catalogSources = model.Rules.CatalogSourceNames;
            if (!catalogSources.IsEmpty)
            {
                foreach (var tree in model.Compilation.SyntaxTrees)
                {
                    if (TreeText.MentionsAny(tree, catalogSources, cancellationToken))
                    {
                        return true;
                    }
                }
            }

            if (model.Symbols.PersonalData == null)
            {
                return false;
            }

            foreach (var assembly in model.Compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.Name != AnnotationsAssembly && ReferencesAnnotations(assembly))
                {
                    return true;
                }
            }

            // The attribute under its own names, and under any using alias of it (`using PD = ...PersonalDataAttribute;`,
            // local or global: an alias name counts in every tree, which errs toward doing the work).
            var names = PersonalDataWord.AddRange(AliasNames(model.Compilation, cancellationToken));
            foreach (var tree in model.Compilation.SyntaxTrees)
            {
                // A text search first: most files never mention the attribute, and reading text is far
                // cheaper than walking their syntax.
                if (TreeText.MentionsAny(tree, names, cancellationToken)
                    && DeclaresPersonalData(tree.GetRoot(cancellationToken), names))
                {
                    return true;
                }
            }

            return false;
        }

        private static ImmutableArray<string> AliasNames(Compilation compilation, CancellationToken cancellationToken)
        {
            var aliases = ImmutableArray.CreateBuilder<string>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (!TreeText.MentionsAny(tree, PersonalDataWord, cancellationToken))
                {
                    continue;
                }

                foreach (var directive in tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
                {
                    if (directive.Alias != null && directive.Name?.ToString().Contains("PersonalData") == true)
                    {
                        aliases.Add(directive.Alias.Name.Identifier.ValueText);
                    }
                }
            }

            return aliases.ToImmutable();
        }

        private static bool ReferencesAnnotations(IAssemblySymbol assembly)
        {
            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblies)
                {
                    if (referenced.Name == AnnotationsAssembly)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Looks at attributes of declarations only, never into method bodies.</summary>
        private static bool DeclaresPersonalData(SyntaxNode root, ImmutableArray<string> names)
        {
            foreach (var node in root.DescendantNodes(n => n is not (BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax)))
            {
                if (node is AttributeSyntax attribute && (attribute.Name.ToString().Contains("PersonalData") || names.Contains(Rules.Annotations.AttributeNameFilter.SimpleName(attribute))))
                {
                    return true;
                }
            }

            return false;
        }

    }
}
