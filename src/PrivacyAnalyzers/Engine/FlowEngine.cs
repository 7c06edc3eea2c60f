using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The flow engine of one compilation: method summaries computed once and cached, the cheap
    /// gate that keeps methods without personal data out of flow analysis, and the flows that need
    /// the whole program (data passed into a callee's sink, fields written in one method and read in
    /// another), which <see cref="WholeProgramFlows"/> settles at compilation end.
    /// </summary>
    internal sealed partial class FlowEngine
    {
        // Summaries are computed under one lock: callees are summarized on the thread that needs them,
        // recursion is cut on that thread's stack, and no two threads ever wait on each other.
        private readonly object _lock = new object();
        private readonly Dictionary<IMethodSymbol, MethodSummary> _summaries = new Dictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);
        private readonly HashSet<IMethodSymbol> _inProgress = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        private readonly List<SinkHit> _inbound = new List<SinkHit>();
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
        private readonly ConcurrentDictionary<ISymbol, bool> _trackedMembers = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _implementations = new ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);
        private ImmutableArray<INamedTypeSymbol>? _sourceTypes;

        public FlowEngine(PrivacyModel model)
        {
            Model = model;
            Gate = new MethodGate(this);
        }

        public PrivacyModel Model { get; }

        public MethodGate Gate { get; }

        public Compilation Compilation => Model.Compilation;

        /// <summary>Every method whose body the engine has analyzed, in order (each at most once, by construction).</summary>
        public IReadOnlyCollection<IMethodSymbol> AnalyzedMethods
        {
            get
            {
                lock (_lock)
                {
                    return new List<IMethodSymbol>(_summaries.Keys);
                }
            }
        }

        /// <summary>How many times a method body went through flow analysis; equals the number of analyzed methods.</summary>
        public int AnalysisRuns { get; private set; }

        /// <summary>The token of the request being served (summaries are computed under the lock, one request at a time).</summary>
        public CancellationToken CancellationToken { get; private set; }

        /// <summary>The summary of a method of the compilation, computing it the first time it is asked for.</summary>
        public MethodSummary GetSummary(IMethodSymbol method, System.Func<ControlFlowGraph?>? graph = null)
        {
            method = Definition(method);
            lock (_lock)
            {
                if (_summaries.TryGetValue(method, out var cached))
                {
                    return cached;
                }

                if (!_inProgress.Add(method))
                {
                    return RecursionCut(method);
                }

                try
                {
                    var cfg = graph != null ? graph() : BuildGraph(method);
                    AnalysisRuns++;
                    var summary = cfg == null ? MethodSummary.Opaque : MethodFlowAnalysis.Summarize(this, method, cfg);
                    _summaries[method] = summary;
                    return summary;
                }
                finally
                {
                    _inProgress.Remove(method);
                }
            }
        }

        /// <summary>A recursive call met while its own summary is being computed: assume it returns what it is given.</summary>
        private static MethodSummary RecursionCut(IMethodSymbol method)
        {
            var taint = method.IsStatic ? Taint.Empty : Taint.Of(Origin.Parameter(-1));
            foreach (var parameter in method.Parameters)
            {
                taint = taint.Add(Origin.Parameter(parameter.Ordinal), null);
            }

            return new MethodSummary(AbstractValue.Of(taint), ImmutableDictionary<int, AbstractValue>.Empty,
                ImmutableArray<SinkHit>.Empty, ImmutableArray<SinkHit>.Empty, ImmutableArray<FieldWrite>.Empty);
        }

        public void RecordInbound(SinkHit hit)
        {
            lock (_lock)
            {
                _inbound.Add(hit);
            }
        }

        /// <summary>True for methods of this compilation whose body the engine can read.</summary>
        public bool HasBody(IMethodSymbol method)
        {
            method = Definition(method);
            return !method.IsAbstract && !method.IsExtern && method.MethodKind != MethodKind.LocalFunction
                && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, Compilation.Assembly)
                && !method.DeclaringSyntaxReferences.IsEmpty;
        }

        /// <summary>
        /// The bodies a call may run: the method itself, or for virtual and interface calls every
        /// implementation in the compilation. Empty when none can be read (the call is external).
        /// </summary>
        public ImmutableArray<IMethodSymbol> GetImplementations(IMethodSymbol method) =>
            _implementations.GetOrAdd(Definition(method), ComputeImplementations);

        /// <summary>Fields and auto-properties of the compilation: the engine keeps their content per object.</summary>
        public bool IsTrackedMember(ISymbol member) => _trackedMembers.GetOrAdd(member.OriginalDefinition, m => m switch
        {
            IFieldSymbol field => !field.IsConst && !field.ContainingType.IsTupleType && InThisCompilation(field),
            IPropertySymbol { ContainingType.IsAnonymousType: true } => true,
            IPropertySymbol property => InThisCompilation(property) && SyntaxFacts.IsAutoProperty(property),
            _ => false,
        });

        private bool InThisCompilation(ISymbol symbol) =>
            SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, Compilation.Assembly) && !symbol.DeclaringSyntaxReferences.IsEmpty;

        private ImmutableArray<IMethodSymbol> ComputeImplementations(IMethodSymbol method)
        {
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return ImmutableArray<IMethodSymbol>.Empty;
            }

            var result = ImmutableArray.CreateBuilder<IMethodSymbol>();
            if (HasBody(method))
            {
                result.Add(method);
            }

            var isVirtual = method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface;
            if (!isVirtual || method.IsStatic || method.ContainingType == null || method.ContainingType.IsSealed)
            {
                return result.ToImmutable();
            }

            foreach (var type in SourceTypes())
            {
                if (result.Count >= 16)
                {
                    break;
                }

                foreach (var candidate in type.GetMembers(method.Name))
                {
                    if (candidate is IMethodSymbol implementation && !SymbolEqualityComparer.Default.Equals(implementation, method)
                        && HasBody(implementation) && Implements(type, implementation, method))
                    {
                        result.Add(implementation);
                    }
                }
            }

            return result.ToImmutable();
        }

        private static bool Implements(INamedTypeSymbol type, IMethodSymbol implementation, IMethodSymbol method)
        {
            if (method.ContainingType.TypeKind == TypeKind.Interface)
            {
                return SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(method)?.OriginalDefinition, implementation);
            }

            for (var overridden = implementation.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method))
                {
                    return true;
                }
            }

            return false;
        }

        private ImmutableArray<INamedTypeSymbol> SourceTypes()
        {
            if (_sourceTypes is { } known)
            {
                return known;
            }

            var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(Compilation.Assembly.GlobalNamespace);
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
                        types.Add(type);
                    }
                }
            }

            _sourceTypes = types.ToImmutable();
            return _sourceTypes.Value;
        }

        private static IMethodSymbol Definition(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return definition.PartialImplementationPart ?? definition;
        }
    }
}
