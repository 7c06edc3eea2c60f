using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The cheap test that runs before any flow work: does a method touch personal data at all? It
    /// does when it reads a source, handles an object whose type carries personal data, or calls a
    /// method of the compilation that may produce some; a method that stores a delegate into a member is analyzed
    /// too, for the calls made through it elsewhere. Methods that do not are skipped, and the
    /// fields they read are remembered in case another method turns out to write personal data there.
    /// </summary>
    internal sealed class MethodGate
    {
        private readonly FlowEngine _engine;
        private readonly MethodQuestion _mayProduce;
        private readonly ConcurrentDictionary<IMethodSymbol, UntouchedMethod> _untouched = new ConcurrentDictionary<IMethodSymbol, UntouchedMethod>(SymbolEqualityComparer.Default);

        public MethodGate(FlowEngine engine)
        {
            _engine = engine;
            _mayProduce = new MethodQuestion(ComputeMayProduce);
        }

        /// <summary>The record of a method the gate kept out of flow analysis, if it did.</summary>
        public UntouchedMethod? UntouchedRecord(IMethodSymbol method) => _untouched.TryGetValue(method.OriginalDefinition, out var record) ? record : null;

        /// <summary>Methods that touched nothing personal, with the members they read and the methods they call.</summary>
        public ICollection<UntouchedMethod> Untouched => _untouched.Values;

        /// <summary>What a body shows by itself, without asking about the methods it calls (no body but this one is read).</summary>
        public GateScan Scan(IOperation body)
        {
            var reads = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var callees = new List<IMethodSymbol>();
            var catches = false;
            foreach (var operation in body.Descendants())
            {
                if (IsPersonal(operation, reads, callees))
                {
                    return GateScan.Personal;
                }

                catches |= operation is ICatchClauseOperation { Locals.Length: > 0 };
            }

            return new GateScan(false, reads.ToImmutableArray(), callees.Distinct<IMethodSymbol>(SymbolEqualityComparer.Default).ToImmutableArray(), catches);
        }

        /// <summary>Whether the scanned method touches personal data, its callees asked in the order it calls them; if not, it is recorded as untouched.</summary>
        public bool Decide(IMethodSymbol method, GateScan scan, SummaryRequest request)
        {
            if (scan.Local || scan.Callees.Any(callee => MayProduce(callee, request)))
            {
                return true;
            }

            _untouched[method.OriginalDefinition] = new UntouchedMethod(method.OriginalDefinition, scan.Reads, scan.Callees, scan.CatchesAroundUnseenCode);
            return false;
        }

        /// <summary>Whether a call to <paramref name="method"/> may return personal data (checked once per method).</summary>
        public bool MayProduce(IMethodSymbol method, SummaryRequest request) => _mayProduce.Ask(method, request);

        private bool ComputeMayProduce(IMethodSymbol method, SummaryRequest request)
        {
            var result = !_engine.Model.SourceCategories(method).IsEmpty || !_engine.Model.TypeSources(method.ReturnType).IsEmpty;
            if (!result)
            {
                foreach (var implementation in _engine.GetImplementations(method))
                {
                    if (_engine.ScanOf(implementation, request.CancellationToken) is { } scan && Decide(implementation, scan.Gate, request))
                    {
                        result = true;
                        break;
                    }
                }
            }

            return result;
        }

        private bool IsPersonal(IOperation operation, HashSet<ISymbol> reads, List<IMethodSymbol> callees)
        {
            var model = _engine.Model;
            switch (operation)
            {
                case IParameterReferenceOperation parameter:
                    return !model.SourceCategories(parameter.Parameter).IsEmpty || HasTypeSources(parameter.Type);
                case ILocalReferenceOperation local:
                    return HasTypeSources(local.Type);
                case IInvocationOperation invocation:
                    var target = invocation.TargetMethod;
                    if (!model.SourceCategories(target.OriginalDefinition).IsEmpty || HasTypeSources(invocation.Type)
                        || !model.ConditionalSourceCategories(target, invocation.Arguments).IsEmpty)
                    {
                        return true;
                    }

                    if (!_engine.GetImplementations(target).IsEmpty)
                    {
                        callees.Add(target.OriginalDefinition); // asked in Decide
                    }

                    return false;
                case IPropertyReferenceOperation { Property: { IsIndexer: true, GetMethod: { } getter } } indexer
                    when !model.ConditionalSourceCategories(getter, indexer.Arguments).IsEmpty:
                    return true; // Headers["X-Forwarded-For"]
                case IObjectCreationOperation creation:
                    return HasTypeSources(creation.Type);
                case IEventAssignmentOperation:
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation, Value: IDelegateCreationOperation }:
                    // A handler stored for another method to call: its summary must record the store.
                    return true;
                case IMemberReferenceOperation member:
                    if (!model.SourceCategories(member.Member.OriginalDefinition).IsEmpty)
                    {
                        return true;
                    }

                    if (_engine.IsTrackedMember(member.Member) || member.Member is IEventSymbol)
                    {
                        reads.Add(member.Member.OriginalDefinition);
                    }
                    else if (member.Member is IPropertySymbol { GetMethod: { } getter } && !_engine.GetImplementations(getter).IsEmpty)
                    {
                        callees.Add(getter.OriginalDefinition); // asked in Decide, as the getter decides what the read returns
                        return false;
                    }

                    return HasTypeSources(member.Type);
                default:
                    return false;
            }
        }

        private bool HasTypeSources(ITypeSymbol? type) =>
            type != null && type.SpecialType == SpecialType.None && !_engine.Model.TypeSources(type).IsEmpty;
    }

    /// <summary>A method the gate kept out of flow analysis, and what it reads and calls.</summary>
    internal sealed class UntouchedMethod
    {
        public UntouchedMethod(IMethodSymbol method, ImmutableArray<ISymbol> reads, ImmutableArray<IMethodSymbol> callees, bool catchesAroundUnseenCode)
        {
            CatchesAroundUnseenCode = catchesAroundUnseenCode;
            Method = method;
            Reads = reads;
            Callees = callees;
        }

        public IMethodSymbol Method { get; }
        public ImmutableArray<ISymbol> Reads { get; }
        public ImmutableArray<IMethodSymbol> Callees { get; }

        /// <summary>It has a catch with an exception variable: it may receive what callbacks throw through unseen code.</summary>
        public bool CatchesAroundUnseenCode { get; }
    }
}
