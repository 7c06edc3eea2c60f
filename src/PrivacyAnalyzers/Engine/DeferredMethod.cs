using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What a method's scan (<see cref="SinkReach.Scan"/>) keeps for compilation end: the fields and auto-properties it may
    /// write (<see cref="MemberWrites"/>) or whose stored delegates it calls, the methods of the compilation it calls, and
    /// whether a callback in it throws. A method that touches personal data but can reach no sink is left out of flow
    /// analysis with these facts, until a flow found elsewhere needs it.
    /// </summary>
    internal sealed class DeferredMethod
    {
        private DeferredMethod(IMethodSymbol method, ImmutableArray<ISymbol> members, ImmutableArray<IMethodSymbol> callees, bool throwsFromCallback)
        {
            Method = method;
            Members = members;
            Callees = callees;
            ThrowsFromCallback = throwsFromCallback;
        }

        public IMethodSymbol Method { get; }

        public ImmutableArray<ISymbol> Members { get; }

        /// <summary>The methods of the compilation it calls, in the order it calls them.</summary>
        public ImmutableArray<IMethodSymbol> Callees { get; }

        /// <summary>A lambda or local function in it throws: what it throws may escape through unseen code to a catch elsewhere.</summary>
        public bool ThrowsFromCallback { get; }

        /// <summary>Collects a deferred method's facts while <see cref="SinkReach.Scan"/> walks its body; its callees are collected, not asked about.</summary>
        internal sealed class Builder
        {
            public HashSet<ISymbol> Members { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            private readonly HashSet<IMethodSymbol> _callees = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

            /// <summary>The callees in the order the body calls them, so that the questions about them are asked in the same order every build.</summary>
            private readonly List<IMethodSymbol> _orderedCallees = new List<IMethodSymbol>();

            public bool ThrowsFromCallback { get; set; }

            /// <summary>It stores into a member a delegate its scan cannot see (not a lambda or method group): calls through it elsewhere need its summary, so it is never deferred.</summary>
            public bool StoresDelegate { get; set; }

            public void AddCallee(IMethodSymbol callee)
            {
                if (_callees.Add(callee))
                {
                    _orderedCallees.Add(callee);
                }
            }

            public DeferredMethod Build(IMethodSymbol method) => new DeferredMethod(method, Members.ToImmutableArray(), _orderedCallees.ToImmutableArray(), ThrowsFromCallback);
        }
    }
}
