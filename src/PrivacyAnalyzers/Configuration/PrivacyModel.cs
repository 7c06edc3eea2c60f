using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// What one compilation says about privacy: which symbols are sources, sinks and anonymizers,
    /// and its policy. Answers are cached per symbol; the model is built once per compilation.
    /// </summary>
    internal sealed partial class PrivacyModel
    {
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<string>> _sourceCache = new ConcurrentDictionary<ISymbol, ImmutableArray<string>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, SinkInfo?> _sinkCache = new ConcurrentDictionary<ISymbol, SinkInfo?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<string>?> _anonymizerCache = new ConcurrentDictionary<ISymbol, ImmutableArray<string>?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<string>> _typeCache = new ConcurrentDictionary<ITypeSymbol, ImmutableArray<string>>(SymbolEqualityComparer.Default);

        public PrivacyModel(Compilation compilation, WellKnownSymbols symbols, ResolvedRules rules, PrivacyPolicy policy, ClassificationReader classifications, PrivacyOptions options)
        {
            Options = options;
            Compilation = compilation;
            Symbols = symbols;
            Rules = rules;
            Policy = policy;
            Classifications = classifications;
        }

        public Compilation Compilation { get; }
        public WellKnownSymbols Symbols { get; }
        public ResolvedRules Rules { get; }
        public PrivacyPolicy Policy { get; }
        public ClassificationReader Classifications { get; }
        public PrivacyOptions Options { get; }

        /// <summary>Memo of <see cref="PersonalDataPresence.IsPossible"/>: 0 unknown, 1 yes, 2 no (a race computes the same answer).</summary>
#pragma warning disable SA1401, CA1051 // a field, so that it can be read and written atomically with Volatile
        internal int PersonalDataPossible;
#pragma warning restore SA1401, CA1051

        /// <summary>Categories a value read from <paramref name="symbol"/> carries (field, property, parameter, or method return).</summary>
        /// <remarks>
        /// Keyed by the original definition: a member of a constructed type has the same attributes and
        /// rules entries (rules are keyed by definitions), so one entry serves every construction.
        /// </remarks>
        public ImmutableArray<string> SourceCategories(ISymbol symbol) => _sourceCache.GetOrCompute(symbol.OriginalDefinition, this, static (s, self) => self.ComputeSourceCategories(s));

        /// <summary>Categories every instance of <paramref name="type"/> carries (<c>[PersonalData]</c> on the type).</summary>
        /// <remarks>A constructed type carries the attributes of its definition, as do its base types and interfaces.</remarks>
        public ImmutableArray<string> TypeCategories(ITypeSymbol type) => _typeCache.GetOrCompute(type is INamedTypeSymbol ? type.OriginalDefinition : type, this, static (t, self) =>
        {
            var result = new List<string>();
            for (var current = t; current != null; current = current.BaseType)
            {
                self.AddPersonalData(current.GetAttributes(), result);
            }

            foreach (var iface in t.AllInterfaces)
            {
                self.AddPersonalData(iface.GetAttributes(), result);
            }

            return Distinct(result);
        });

        public SinkInfo? MethodSink(IMethodSymbol method) =>
            _sinkCache.GetOrCompute(method, this, static (m, self) => self.ComputeMethodSink((IMethodSymbol)m));

        public SinkInfo? ParameterSink(IParameterSymbol parameter) =>
            _sinkCache.GetOrCompute(parameter, this, static (p, self) => self.ComputeParameterSink((IParameterSymbol)p));

        public SinkInfo? PropertySink(IPropertySymbol property) =>
            _sinkCache.GetOrCompute(property, this, static (p, self) => self.ComputePropertySink((IPropertySymbol)p));

        /// <summary>Categories the method's return value is cleared of (empty: all), or null when it is no anonymizer.</summary>
        public ImmutableArray<string>? Anonymizer(IMethodSymbol method) => _anonymizerCache.GetOrCompute(method, this, static (m, self) =>
        {
            var method = (IMethodSymbol)m;
            foreach (var attribute in method.GetAttributes().Concat(method.GetReturnTypeAttributes()))
            {
                if (WellKnownSymbols.Is(attribute.AttributeClass, self.Symbols.Anonymizer))
                {
                    return AttributeValues.StringArray(attribute);
                }
            }

            // Rules files, and the built-in library models (Redactor.Redact).
            return self.Rules.TryGet(self.Rules.Anonymizers, method, out var categories) ? categories : (ImmutableArray<string>?)null;
        });

        private ImmutableArray<string> ComputeSourceCategories(ISymbol symbol)
        {
            var result = new List<string>();
            var attributes = symbol is IMethodSymbol method
                ? method.GetAttributes().AddRange(method.GetReturnTypeAttributes())
                : symbol.GetAttributes();
            AddPersonalData(attributes, result);
            Classifications.AddCategories(attributes, result);

            if (symbol is IPropertySymbol { OverriddenProperty: { } overridden })
            {
                result.AddRange(SourceCategories(overridden));
            }

            if (symbol is IPropertySymbol property && PositionalParameter(property) is { } parameter)
            {
                // record Lead([PersonalData(...)] string Phone): C# puts the attribute on the parameter, the team means the property.
                var parameterAttributes = parameter.GetAttributes();
                AddPersonalData(parameterAttributes, result);
                Classifications.AddCategories(parameterAttributes, result);
            }

            if (Rules.TryGet(Rules.Sources, symbol, out var fromRules))
            {
                result.AddRange(fromRules);
            }

            return Distinct(result);
        }

        private void AddPersonalData(ImmutableArray<AttributeData> attributes, List<string> result)
        {
            foreach (var attribute in attributes)
            {
                if (WellKnownSymbols.Is(attribute.AttributeClass, Symbols.PersonalData)
                    && AttributeValues.String(attribute, 0) is { } category && CategoryKey.IsValid(category))
                {
                    result.Add(category);
                }
            }
        }

        private SinkInfo? ComputeMethodSink(IMethodSymbol method)
        {
            foreach (var related in RelatedMembers(method))
            {
                if (DeclaredSink(related, method) is { } sink)
                {
                    return sink;
                }
            }

            return method.DeclaredAccessibility == Accessibility.Public && method.MethodKind is MethodKind.Ordinary or MethodKind.ReducedExtension
                ? TypeSink(method.ContainingType, method)
                : null;
        }

        private SinkInfo? ComputePropertySink(IPropertySymbol property)
        {
            for (var current = property; current != null; current = current.OverriddenProperty)
            {
                if (SinkFromAttributes(current.GetAttributes(), property) is { } direct)
                {
                    return direct;
                }

                if (Rules.TryGet(Rules.Sinks, current, out var fromRules))
                {
                    return fromRules.WithMember(DisplayName(property), property);
                }
            }

            return property.DeclaredAccessibility == Accessibility.Public ? TypeSink(property.ContainingType, property) : null;
        }

        private SinkInfo? ComputeParameterSink(IParameterSymbol parameter)
        {
            if (SinkFromAttributes(parameter.GetAttributes(), parameter.ContainingSymbol) is { } direct)
            {
                return direct;
            }

            if (parameter.ContainingSymbol is IMethodSymbol method)
            {
                foreach (var sink in Rules.AttributeSinks)
                {
                    if (sink.ForParameter(this, method, parameter) is { } keyed)
                    {
                        return keyed;
                    }
                }
            }

            return null;
        }

        private SinkInfo? TypeSink(INamedTypeSymbol? type, ISymbol member)
        {
            if (type == null)
            {
                return null;
            }

            for (var current = type; current != null; current = current.BaseType)
            {
                if (SinkFromAttributes(current.GetAttributes(), member) is { } fromType)
                {
                    return fromType;
                }
            }

            foreach (var iface in type.AllInterfaces)
            {
                if (SinkFromAttributes(iface.GetAttributes(), member) is { } fromInterface)
                {
                    return fromInterface;
                }
            }

            return null;
        }

        private SinkInfo? SinkFromAttributes(ImmutableArray<AttributeData> attributes, ISymbol member)
        {
            foreach (var attribute in attributes)
            {
                if (WellKnownSymbols.Is(attribute.AttributeClass, Symbols.DataSink) && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is int recipients)
                {
                    return new SinkInfo(DisplayName(member), (RecipientKind)recipients, AttributeValues.Named(attribute, "Party"), member);
                }
            }

            return null;
        }

        /// <summary>The sink a member declares itself, by attribute or rules entry.</summary>
        private SinkInfo? DeclaredSink(ISymbol related, IMethodSymbol method)
        {
            if (SinkFromAttributes(related.GetAttributes(), related) is { } direct)
            {
                return direct;
            }

            return Rules.TryGet(Rules.Sinks, related, out var fromRules) ? fromRules.WithMember(DisplayName(method), method) : null;
        }

        /// <summary>
        /// The method, its original definition, what it overrides and the interface members it implements.
        /// Interface members that declare no sink are left out: mapping them to their implementation
        /// (FindImplementationForInterfaceMember) is the costly part, and they cannot change the answer.
        /// </summary>
        private IEnumerable<ISymbol> RelatedMembers(IMethodSymbol method)
        {
            var original = method.ReducedFrom ?? method;
            yield return original.OriginalDefinition;
            for (var overridden = original.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
            {
                yield return overridden.OriginalDefinition;
            }

            foreach (var implemented in original.ExplicitInterfaceImplementations)
            {
                yield return implemented.OriginalDefinition;
            }

            var type = original.ContainingType;
            if (type == null || original.DeclaredAccessibility != Accessibility.Public || original.IsStatic
                || !InterfacesDeclareSink(type.OriginalDefinition, original))
            {
                yield break;
            }

            foreach (var iface in type.AllInterfaces)
            {
                foreach (var candidate in iface.GetMembers(original.Name))
                {
                    if (candidate is IMethodSymbol && DeclaredSink(candidate.OriginalDefinition, method) != null
                        && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), original))
                    {
                        yield return candidate.OriginalDefinition;
                    }
                }
            }
        }

        /// <summary>
        /// Whether an interface of the type's definition has a method of that name declaring a sink. The
        /// interfaces of a constructed type are constructions of these, so this needs no construction.
        /// </summary>
        private bool InterfacesDeclareSink(INamedTypeSymbol definition, IMethodSymbol method)
        {
            foreach (var iface in definition.AllInterfaces)
            {
                foreach (var candidate in iface.OriginalDefinition.GetMembers(method.Name))
                {
                    if (candidate is IMethodSymbol && DeclaredSink(candidate, method) != null)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>"FB.LogAppEvent": the containing type and member name, as a reader says it.</summary>
        public static string DisplayName(ISymbol symbol) => symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => ctor.ContainingType.Name,
            IMethodSymbol { ReducedFrom: { } reduced } => DisplayName(reduced),
            IMethodSymbol { AssociatedSymbol: IPropertySymbol property } => DisplayName(property),
            _ when symbol.ContainingType != null => symbol.ContainingType.Name + "." + symbol.Name,
            _ => symbol.Name,
        };

        /// <summary>How a message names a parameter source: with its method (<c>CreateOrder(cardNumber)</c>), a lambda's as <c>lambda(card)</c>.</summary>
        public static string ParameterSourceName(IParameterSymbol parameter) => parameter.ContainingSymbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } => "lambda(" + parameter.Name + ")",
            IMethodSymbol method => DisplayName(method).Split('.').Last() + "(" + parameter.Name + ")",
            _ => parameter.Name,
        };

        private static ImmutableArray<string> Distinct(List<string> values) =>
            values.Count == 0 ? ImmutableArray<string>.Empty : values.Distinct().OrderBy(v => v, System.StringComparer.Ordinal).ToImmutableArray();
    }
}

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>A category an instance carries as a whole, and the member (or type) it comes from.</summary>
    internal readonly struct TypeSource : System.IEquatable<TypeSource>
    {
        public TypeSource(string category, string sourceName)
        {
            Category = category;
            SourceName = sourceName;
        }

        public string Category { get; }
        public string SourceName { get; }

        public bool Equals(TypeSource other) => Category == other.Category && SourceName == other.SourceName;
        public override bool Equals(object? obj) => obj is TypeSource other && Equals(other);
        public override int GetHashCode() => Category.GetHashCode() * 31 + SourceName.GetHashCode();
    }
}
