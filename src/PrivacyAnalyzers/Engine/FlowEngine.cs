using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        // Summaries are shared by every request. Two requests on different threads may compute the same
        // summary at once; the first one stored wins, so every caller sees the same summary afterwards.
        private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new ConcurrentDictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);
        private readonly List<SinkHit> _inbound = new List<SinkHit>();
        private readonly ConcurrentDictionary<ISymbol, bool> _trackedMembers = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _implementations = new ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _sequences = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly Lazy<ImplementationIndex> _index;
        private readonly StaticCycles _cycles;

        /// <summary>What each field holds across the program, once <see cref="SettleWholeProgram"/> has run.</summary>
        private FieldContents? _settledFields;
        private int _analysisRuns;

        public FlowEngine(PrivacyModel model)
        {
            Model = model;
            Gate = new MethodGate(this);
            Reach = new SinkReach(this);
            _cycles = new StaticCycles(this);
            _index = new Lazy<ImplementationIndex>(() => new ImplementationIndex(model.Compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public PrivacyModel Model { get; }

        public MethodGate Gate { get; }

        public Compilation Compilation => Model.Compilation;

        /// <summary>Every method whose body the engine has analyzed.</summary>
        public IReadOnlyCollection<IMethodSymbol> AnalyzedMethods => _summaries.Keys.ToList();

        /// <summary>How many times a method body went through flow analysis; equals the number of analyzed methods when requests come one at a time.</summary>
        public int AnalysisRuns => Volatile.Read(ref _analysisRuns);

        /// <summary>
        /// The summary of a method of the compilation, computing it the first time it is asked for. Methods
        /// that call each other in a cycle are summarized together, always from the same entry (the first
        /// of them in declaration order), so their summaries do not depend on which one the driver happened
        /// to analyze first, or on which thread.
        /// </summary>
        public MethodSummary GetSummary(IMethodSymbol method, SummaryRequest request, Func<ControlFlowGraph?>? graph = null)
        {
            method = Definition(method);
            if (_summaries.TryGetValue(method, out var cached))
            {
                return cached;
            }

            if (request.Provisional.TryGetValue(method, out var provisional))
            {
                request.CallsUnfinished(method);
                return provisional;
            }

            if (request.IsBeingSummarized(method))
            {
                request.CallsUnfinished(method);
                return MethodSummary.PassThrough(method);
            }

            // A cycle entered from outside starts at its canonical method, so that it is summarized once.
            if (_cycles.EntryOf(method, request.CancellationToken) is { } cycleEntry && !SymbolEqualityComparer.Default.Equals(cycleEntry, method)
                && !request.HasEntered(cycleEntry) && !_summaries.ContainsKey(cycleEntry))
            {
                GetSummary(cycleEntry, new SummaryRequest(request.CancellationToken));
                if (_summaries.TryGetValue(method, out var fromEntry))
                {
                    return fromEntry;
                }
            }

            var claimed = Claim(method, request.CancellationToken);
            try
            {
                return _summaries.TryGetValue(method, out var done) ? done : Summarize(method, request, graph);
            }
            finally
            {
                if (claimed)
                {
                    Release(method);
                }
            }
        }

        /// <summary>Runs the flow analysis of a method not summarized yet, and publishes what its cycle allows.</summary>
        private MethodSummary Summarize(IMethodSymbol method, SummaryRequest request, Func<ControlFlowGraph?>? graph)
        {
            var index = request.Enter(method);
            MethodSummary summary;
            try
            {
                var cfg = graph != null ? graph() : BuildGraph(method, request.CancellationToken);
                Interlocked.Increment(ref _analysisRuns);
                summary = cfg == null ? MethodSummary.Opaque : MethodFlowAnalysis.Summarize(this, request, method, cfg);
            }
            finally
            {
                request.Leave(method);
            }

            if (!request.IsComponentRoot(method, index))
            {
                request.Provisional[method] = summary; // inside a cycle that an earlier method of this request closes
                return summary;
            }

            var members = request.PopComponent(method);
            if (members.Count == 1)
            {
                return Commit(method, summary, request);
            }

            var entry = members.OrderBy(m => m, DeclarationOrder.Instance).First();
            if (SymbolEqualityComparer.Default.Equals(entry, method))
            {
                // Entered at its canonical method: this is the component's one true result.
                foreach (var member in members.Where(m => !SymbolEqualityComparer.Default.Equals(m, method)))
                {
                    Commit(member, request.Provisional[member], request);
                    request.Provisional.Remove(member);
                }

                return Commit(method, summary, request);
            }

            // Entered elsewhere: drop this request's results and summarize the cycle from its canonical entry.
            foreach (var member in members)
            {
                request.Provisional.Remove(member);
                request.TakeInbound(member);
            }

            GetSummary(entry, new SummaryRequest(request.CancellationToken));
            return _summaries.TryGetValue(method, out var canonical) ? canonical : Commit(method, summary, request);
        }

        /// <summary>Publishes a final summary (the first one stored wins) with the inbound flows found making it.</summary>
        private MethodSummary Commit(IMethodSymbol method, MethodSummary summary, SummaryRequest request)
        {
            var inbound = request.TakeInbound(method);
            var stored = _summaries.GetOrAdd(method, summary);
            if (ReferenceEquals(stored, summary))
            {
                lock (_inbound)
                {
                    _inbound.AddRange(inbound);
                }
            }

            return stored;
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
            _implementations.GetOrCompute(Definition(method), this, static (m, self) => self.ComputeImplementations(m));

        /// <summary>
        /// Whether values of the type are sequences, once per type definition: a construction implements the
        /// non-generic IEnumerable exactly when its definition does, and AllInterfaces allocates on every call.
        /// </summary>
        public bool IsSequence(ITypeSymbol? type) =>
            type != null && _sequences.GetOrAdd(type is INamedTypeSymbol ? type.OriginalDefinition : type, t => IsSequenceType(t));

        /// <summary>A sequence type other than string: its content is kept under <see cref="AbstractValue.Element"/>.</summary>
        private static bool IsSequenceType(ITypeSymbol type) =>
            type.SpecialType != SpecialType.System_String
            && (type is IArrayTypeSymbol || type.SpecialType == SpecialType.System_Collections_IEnumerable
                || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable));

        /// <summary>Fields and auto-properties of the compilation: the engine keeps their content per object.</summary>
        public bool IsTrackedMember(ISymbol member) => _trackedMembers.GetOrCompute(member.OriginalDefinition, this, static (m, self) => m switch
        {
            IFieldSymbol field => !field.IsConst && !field.ContainingType.IsTupleType && self.InThisCompilation(field),
            IPropertySymbol { ContainingType.IsAnonymousType: true } => true,
            IPropertySymbol property => self.InThisCompilation(property) && SyntaxFacts.IsAutoProperty(property),
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

            foreach (var implementation in _index.Value.MethodsNamed(method.Name))
            {
                if (result.Count >= EngineLimits.ImplementationsPerCall)
                {
                    break;
                }

                if (!SymbolEqualityComparer.Default.Equals(implementation, method) && HasBody(implementation)
                    && Implements(implementation.ContainingType, implementation, method))
                {
                    result.Add(implementation);
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

        /// <summary>
        /// Whether every class of the compilation that derives from the type parameter's generic class fixes it to a type
        /// <paramref name="isClean"/> accepts (<c>IdentifiedCommandHandler&lt;T, R&gt;</c> whose subclasses all say
        /// <c>bool</c> for <c>R</c>); false when no class does, or when one leaves it open.
        /// </summary>
        public bool FixedToCleanTypes(ITypeParameterSymbol parameter, System.Func<ITypeSymbol, bool> isClean, int depth = 0)
        {
            if (parameter.TypeParameterKind != TypeParameterKind.Type || parameter.DeclaringType is not { } declaring || depth > 4)
            {
                return false;
            }

            var constructions = _index.Value.DerivedConstructions(declaring);
            return constructions.Count > 0 && constructions.All(c => c.TypeArguments[parameter.Ordinal] is var argument
                && (argument is ITypeParameterSymbol open ? FixedToCleanTypes(open, isClean, depth + 1) : isClean(argument)));
        }

        internal static IMethodSymbol Definition(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return definition.PartialImplementationPart ?? definition;
        }
    }
}
