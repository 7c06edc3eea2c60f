using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// The entries of rules files (the team's and the built-in catalog), resolved to symbols of one
    /// compilation. Member entries are keyed by the member's original definition; type and namespace
    /// entries cover every public method and property of them.
    /// </summary>
    internal sealed class ResolvedRules
    {
        /// <summary>A new empty set (a shared instance would share its mutable lists across compilations).</summary>
        public static ResolvedRules Empty => new ResolvedRules();

        public Dictionary<ISymbol, ImmutableArray<string>> Sources { get; } = new Dictionary<ISymbol, ImmutableArray<string>>(SymbolEqualityComparer.Default);
        /// <summary>Sources that hold only for some constant arguments (<c>FindFirstValue(ClaimTypes.Email)</c>), by method.</summary>
        public Dictionary<ISymbol, ImmutableArray<ConditionalSource>> ConditionalSources { get; } = new Dictionary<ISymbol, ImmutableArray<ConditionalSource>>(SymbolEqualityComparer.Default);

        public Dictionary<ISymbol, SinkInfo> Sinks { get; } = new Dictionary<ISymbol, SinkInfo>(SymbolEqualityComparer.Default);

        /// <summary>Sinks keyed by an attribute: every method carrying it (<c>[LoggerMessage]</c> methods log their parameters).</summary>
        public List<AttributeSink> AttributeSinks { get; } = new List<AttributeSink>();

        /// <summary>Anonymizer method → categories it clears (empty: all).</summary>
        public Dictionary<ISymbol, ImmutableArray<string>> Anonymizers { get; } = new Dictionary<ISymbol, ImmutableArray<string>>(SymbolEqualityComparer.Default);

        /// <summary>Consent checks from <c>consent:</c> lines, by method or property.</summary>
        public Dictionary<ISymbol, ConsentCheck> ConsentChecks { get; } = new Dictionary<ISymbol, ConsentCheck>(SymbolEqualityComparer.Default);

        /// <summary>Library models by method or property, with the file that gave them (lines of one file add up).</summary>
        public Dictionary<ISymbol, (LibraryModel Model, RulesFile File)> Models { get; } = new Dictionary<ISymbol, (LibraryModel Model, RulesFile File)>(SymbolEqualityComparer.Default);

        /// <summary>Hosts from <c>host:</c> lines: what an HTTP request carrying personal data to them hands over.</summary>
        public HostTable Hosts { get; } = new HostTable();

        public List<Promise> Promises { get; } = new List<Promise>();
        public List<Disclosure> Disclosures { get; } = new List<Disclosure>();

        /// <summary>PRIV010 diagnostics for lines that could not be used.</summary>
        public List<Diagnostic> Problems { get; } = new List<Diagnostic>();

        /// <summary>A rules file of the team declares a source that names a symbol of this compilation.</summary>
        public bool HasTeamSources { get; private set; }

        /// <summary>
        /// Member names of the catalog's sources that resolved here. A referenced framework alone does not make
        /// personal data possible: only code that mentions one of these names can read one (see PersonalDataPresence).
        /// </summary>
        public ImmutableArray<string> CatalogSourceNames => _catalogSourceNames.ToImmutableArray();

        private readonly SortedSet<string> _catalogSourceNames = new SortedSet<string>(System.StringComparer.Ordinal);

        public void NoteSource(string memberName, bool fromCatalog)
        {
            if (fromCatalog)
            {
                _catalogSourceNames.Add(memberName);
            }
            else
            {
                HasTeamSources = true;
            }
        }

        /// <summary>Rules files shared by a whole solution that this project read.</summary>
        public List<string> SharedFiles { get; } = new List<string>();

        /// <summary>
        /// The PRIV010 that a line of a shared file would raise for a symbol this project does not know: silent here,
        /// reported by the solution report when no project of the solution knows it.
        /// </summary>
        public List<Diagnostic> SilencedShared { get; } = new List<Diagnostic>();

        /// <summary>The entries of <c>PrivacyBaseline.txt</c>: findings accepted when the baseline was written.</summary>
        public ImmutableArray<BaselineEntry> Baseline { get; set; } = ImmutableArray<BaselineEntry>.Empty;

        public bool HasSources => Sources.Count > 0;

        /// <summary>Looks up <paramref name="member"/>, then its containing types (outermost last), then its namespaces.</summary>
        public bool TryGet<T>(Dictionary<ISymbol, T> map, ISymbol member, out T value)
        {
            if (map.Count == 0)
            {
                value = default!;
                return false;
            }

            if (map.TryGetValue(member.OriginalDefinition, out value))
            {
                return true;
            }

            // A type or namespace entry covers public methods and properties, not constructors.
            if (member.DeclaredAccessibility != Accessibility.Public || member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor })
            {
                return false;
            }

            for (var type = member.ContainingType; type != null; type = type.ContainingType)
            {
                if (map.TryGetValue(type.OriginalDefinition, out value))
                {
                    return true;
                }
            }

            for (var ns = member.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                if (map.TryGetValue(ns, out value))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
