using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Rules.Annotations
{
    /// <summary>
    /// The syntactic pre-filter of PRIV010: which trees can hold one of our attributes, and which attribute
    /// syntax can be one, by name alone, before anything is bound. Conservative: a name that merely looks
    /// like ours passes and the binding decides. Using aliases to our attributes count as our names
    /// (<c>global using</c> ones in every tree, the others in the tree that declares them).
    /// </summary>
    internal sealed class AttributeNameFilter
    {
        private const string Suffix = "Attribute";

        private static readonly ImmutableArray<string> OurNames =
            ImmutableArray.Create("PersonalData", "PrivacyPromise", "PrivacyDisclosure", "DataSink", "Anonymizer", "ConsentCheck");

        private readonly ImmutableArray<string> _names;

        private AttributeNameFilter(ImmutableArray<string> names) => _names = names;

        /// <summary>Reads the <c>global using</c> aliases: top-level usings only, no descent into declarations.</summary>
        public static AttributeNameFilter Create(Compilation compilation, CancellationToken cancellationToken)
        {
            var names = new List<string>(OurNames);
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
                {
                    AddAliases(unit.Usings.Where(u => u.GlobalKeyword.Span.Length > 0), names);
                }
            }

            return new AttributeNameFilter(names.ToImmutableArray());
        }

        /// <summary>True when the text of <paramref name="tree"/> mentions one of the names (ours or a global alias).</summary>
        public bool MayMention(SyntaxTree tree, CancellationToken cancellationToken) => TreeText.MentionsAny(tree, _names, cancellationToken);

        /// <summary>The names that can denote one of our attributes in <paramref name="root"/>: ours, global aliases and its own aliases.</summary>
        public HashSet<string> NamesIn(SyntaxNode root)
        {
            var names = new List<string>(_names);
            var usings = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>();
            AddAliases(usings.Where(u => u.GlobalKeyword.Span.Length == 0), names);
            return new HashSet<string>(names, StringComparer.Ordinal);
        }

        /// <summary>The simple name of <paramref name="attribute"/> without the <c>Attribute</c> suffix: <c>[Acme.PersonalDataAttribute]</c> is <c>PersonalData</c>.</summary>
        public static string SimpleName(AttributeSyntax attribute) => Trim(LastName(attribute.Name));

        /// <summary>Aliases (in order, so an alias of an alias counts) whose target's last name is one of <paramref name="names"/>.</summary>
        private static void AddAliases(IEnumerable<UsingDirectiveSyntax> usings, List<string> names)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias != null && directive.Name != null && names.Contains(Trim(LastName(directive.Name))))
                {
                    names.Add(Trim(directive.Alias.Name.Identifier.ValueText));
                }
            }
        }

        private static string LastName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => name.ToString(),
        };

        private static string Trim(string name) =>
            name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal) ? name.Substring(0, name.Length - Suffix.Length) : name;
    }
}
