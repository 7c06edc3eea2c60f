using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Applies parsed rules files to one compilation: IDs become symbols, promises and disclosures get
    /// their line as location, and every unusable line becomes a PRIV010 in <see cref="ResolvedRules.Problems"/>.
    /// Files applied later win for the same symbol, so a team's file overrides the built-in catalog.
    /// </summary>
    internal sealed class RulesResolver
    {
        private readonly Compilation _compilation;
        private readonly ResolvedRules _rules;

        /// <summary>Names of the global namespace's members: most catalog IDs start with an SDK's namespace that is absent.</summary>
        private HashSet<string>? _rootNames;

        /// <summary>Symbols a library's shipped summary described: a team's line about one replaces all the summary said of it.</summary>
        private readonly HashSet<ISymbol> _fromSummary = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>True while a library summary file is applied (<see cref="LibrarySummaries"/>).</summary>
        public bool ApplyingSummary { get; set; }

        public RulesResolver(Compilation compilation, ResolvedRules rules)
        {
            _compilation = compilation;
            _rules = rules;
        }

        /// <summary>
        /// Applies <paramref name="file"/>; for the catalog (<paramref name="path"/> null) absent SDKs are normal and silent,
        /// and so are symbols of a file <paramref name="shared"/> by a whole solution that this project does not reference.
        /// </summary>
        public void Apply(RulesFile file, string? path, bool shared = false)
        {
            if (path != null)
            {
                foreach (var problem in file.Problems)
                {
                    Report(path, problem.Line, problem.Message);
                }
            }

            foreach (var entry in file.Entries)
            {
                switch (entry.Kind)
                {
                    case RulesEntryKind.Promise:
                        _rules.Promises.Add(new Promise(entry.Categories[0], entry.Recipients,
                            entry.Text ?? Promise.DefaultStatement(entry.Categories[0], entry.Recipients, entry.Consent), LocationOf(path, entry.Line), entry.Consent));
                        break;
                    case RulesEntryKind.Disclosure:
                        _rules.Disclosures.Add(new Disclosure(entry.Categories[0], entry.Recipients, entry.Party, entry.Text, LocationOf(path, entry.Line)));
                        break;
                    case RulesEntryKind.Host:
                        _rules.Hosts.Add(entry.Text!, entry.Recipients, entry.Party);
                        break;
                    case RulesEntryKind.Assembly:
                        break; // a library summary's header, checked by LibrarySummaries before the file is applied
                    default:
                        ApplySymbolEntry(entry, path, file, shared);
                        break;
                }
            }
        }

        private void ApplySymbolEntry(RulesEntry entry, string? path, RulesFile file, bool shared)
        {
            if (entry.IsAttributeKeyed)
            {
                ApplyAttributeSink(entry, path, shared);
                return;
            }

            var symbols = ResolveOrReport(entry.SymbolId!, entry, path, shared);
            if (symbols.IsEmpty)
            {
                return;
            }

            if (entry.Kind == RulesEntryKind.Model && !symbols.All(s => s is IMethodSymbol or IPropertySymbol))
            {
                if (path != null)
                {
                    Report(path, entry.Line, $"'{entry.SymbolId}' is no method or property: a model describes what one member does with data");
                }

                return;
            }

            if (entry.Condition is { } condition && !symbols.Any(s => s is IMethodSymbol m && m.Parameters.Any(p => p.Name == condition.Parameter)))
            {
                if (path != null)
                {
                    Report(path, entry.Line, $"'{entry.SymbolId}' has no parameter '{condition.Parameter}' for '{condition}'");
                }

                return;
            }

            foreach (var symbol in symbols)
            {
                foreach (var key in Keys(symbol))
                {
                    ForgetSummaryOf(key, path);
                    switch (entry.Kind)
                    {
                        case RulesEntryKind.Source when entry.Condition != null:
                            var conditional = new ConditionalSource(entry.Condition, entry.Categories);
                            _rules.ConditionalSources[key] = _rules.ConditionalSources.TryGetValue(key, out var others) ? others.Add(conditional) : ImmutableArray.Create(conditional);
                            _rules.NoteSource(symbol.Name, fromCatalog: path == null);
                            break;
                        case RulesEntryKind.Source:
                            _rules.Sources[key] = _rules.Sources.TryGetValue(key, out var known) ? Union(known, entry.Categories) : entry.Categories;
                            _rules.NoteSource(symbol.Name, fromCatalog: path == null);
                            break;
                        case RulesEntryKind.Sink:
                            // A summary's sink inside a referenced method is named after both: 'Console.WriteLine via Log.Info'.
                            _rules.Sinks[key] = new SinkInfo(PrivacyModel.DisplayName(symbol), entry.Recipients, entry.Party, symbol, entry.SinkArguments, entry.Text);
                            break;
                        case RulesEntryKind.Model:
                            // Lines of one file add up; a later file (the team's after the built-in models) replaces.
                            _rules.Models[key] = _rules.Models.TryGetValue(key, out var model) && model.File == file
                                ? (model.Model.Merge(entry.Model!), file)
                                : (entry.Model!, file);
                            break;
                        case RulesEntryKind.Consent:
                            _rules.ConsentChecks[key] = new ConsentCheck(PrivacyModel.DisplayName(symbol), entry.Recipients);
                            break;
                        case RulesEntryKind.Anonymizer:
                            // Empty means "clears every category"; it absorbs any narrower line for the same method.
                            _rules.Anonymizers[key] = _rules.Anonymizers.TryGetValue(key, out var cleared) && (cleared.IsEmpty || entry.Categories.IsEmpty)
                                ? ImmutableArray<string>.Empty
                                : Union(cleared.IsDefault ? ImmutableArray<string>.Empty : cleared, entry.Categories);
                            break;
                    }
                }
            }
        }

        /// <summary>Every method carrying the attribute hands over its parameters, but those the line excepts.</summary>
        private void ApplyAttributeSink(RulesEntry entry, string? path, bool shared)
        {
            if (ResolveOrReport(entry.AttributeTypeId!, entry, path, shared).FirstOrDefault() is not INamedTypeSymbol attribute)
            {
                return;
            }

            var except = new List<INamedTypeSymbol>();
            foreach (var item in entry.ExceptParameters)
            {
                if (item is not (RulesFileParser.Classified or RulesFileParser.Returns))
                {
                    // An excepted type the project does not reference cannot be a parameter's type: silent even in a team's file.
                    except.AddRange(SymbolIds.Resolve(item, _compilation).OfType<INamedTypeSymbol>());
                }
            }

            _rules.AttributeSinks.Add(new AttributeSink(attribute, entry.Recipients, entry.Party, except.ToImmutableArray(),
                entry.ExceptParameters.Contains(RulesFileParser.Classified), entry.ExceptParameters.Contains(RulesFileParser.Returns)));
        }

        /// <summary>The symbols an ID names; none, with a PRIV010 at the line of a team's file (silent for the catalog), when it names nothing.</summary>
        private ImmutableArray<ISymbol> ResolveOrReport(string id, RulesEntry entry, string? path, bool shared)
        {
            var symbols = RootExists(id) ? SymbolIds.Resolve(id, _compilation) : ImmutableArray<ISymbol>.Empty;
            if (symbols.IsEmpty && path != null)
            {
                var problem = Diagnostic.Create(RuleDescriptors.MalformedAnnotation, LocationOf(path, entry.Line),
                    $"'{id}' names no symbol of the compilation or its references");
                (shared ? _rules.SilencedShared : _rules.Problems).Add(problem);
            }

            return symbols;
        }

        /// <summary>Whether the ID's first name segment (<c>Twilio</c> in <c>M:Twilio.Rest...</c>) is a namespace or type of the compilation.</summary>
        private bool RootExists(string id)
        {
            if (_rootNames == null)
            {
                _rootNames = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var member in _compilation.GlobalNamespace.GetMembers())
                {
                    _rootNames.Add(member.MetadataName);
                }
            }

            var end = 2;
            while (end < id.Length && id[end] != '.' && id[end] != '(' && id[end] != '*')
            {
                end++;
            }

            return _rootNames.Contains(id.Substring(2, end - 2));
        }

        /// <summary>
        /// A namespace of the compilation merges one namespace per assembly; members point at their own
        /// assembly's namespace, so every part is a key.
        /// </summary>
        /// <summary>
        /// Before a team's line about <paramref name="key"/> applies, drops the shipped summary's lines about it (its sink
        /// as well as its model), so the team's reading of a library member is the only one.
        /// </summary>
        private void ForgetSummaryOf(ISymbol key, string? path)
        {
            if (ApplyingSummary)
            {
                _fromSummary.Add(key);
            }
            else if (path != null && _fromSummary.Remove(key))
            {
                _rules.Sinks.Remove(key);
                _rules.Models.Remove(key);
                _rules.Sources.Remove(key);
            }
        }

        private static IEnumerable<ISymbol> Keys(ISymbol symbol)
        {
            if (symbol is INamespaceSymbol ns && ns.ConstituentNamespaces.Length > 1)
            {
                foreach (var part in ns.ConstituentNamespaces)
                {
                    yield return part;
                }

                yield break;
            }

            yield return symbol.OriginalDefinition;
        }

        private static ImmutableArray<string> Union(ImmutableArray<string> a, ImmutableArray<string> b)
        {
            var set = new SortedSet<string>(a, System.StringComparer.Ordinal);
            set.UnionWith(b);
            return set.ToImmutableArray();
        }

        private void Report(string path, RulesLine line, string message) =>
            _rules.Problems.Add(Diagnostic.Create(RuleDescriptors.MalformedAnnotation, LocationOf(path, line), message));

        private static Location LocationOf(string? path, RulesLine line) =>
            path == null ? Location.None : Location.Create(path, line.Span, line.LineSpan);
    }
}
