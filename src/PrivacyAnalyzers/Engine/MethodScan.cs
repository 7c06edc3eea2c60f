using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What one body shows by itself, read once from the operation tree at hand: the gate's view (<see cref="MethodGate"/>)
    /// and the sink side's (<see cref="SinkReach"/>). The questions about callees are asked from these scans, so a body
    /// the driver handed over is never bound again to answer them.
    /// </summary>
    internal sealed class MethodScan
    {
        public MethodScan(GateScan gate, ReachScan reach)
        {
            Gate = gate;
            Reach = reach;
        }

        public GateScan Gate { get; }

        public ReachScan Reach { get; }
    }

    /// <summary>What the gate sees in one body by itself: a personal read or type, or else the members it reads and the callees to ask about.</summary>
    internal sealed class GateScan
    {
        public static readonly GateScan Personal = new GateScan(true, ImmutableArray<ISymbol>.Empty, ImmutableArray<IMethodSymbol>.Empty, false);

        public GateScan(bool local, ImmutableArray<ISymbol> reads, ImmutableArray<IMethodSymbol> callees, bool catchesAroundUnseenCode)
        {
            Local = local;
            Reads = reads;
            Callees = callees;
            CatchesAroundUnseenCode = catchesAroundUnseenCode;
        }

        /// <summary>The body itself touches personal data: nothing else needs asking.</summary>
        public bool Local { get; }

        public ImmutableArray<ISymbol> Reads { get; }

        /// <summary>Methods of the compilation it calls (getters included) that may produce personal data, in the order it calls them.</summary>
        public ImmutableArray<IMethodSymbol> Callees { get; }

        public bool CatchesAroundUnseenCode { get; }
    }

    /// <summary>
    /// What the sink side sees in one body by itself: a sink of its own, or else the callees to ask about (in the order it
    /// calls them), with the facts the method keeps if it is deferred.
    /// </summary>
    internal sealed class ReachScan
    {
        public ReachScan(bool local, bool storesDelegate, DeferredMethod facts)
        {
            Local = local;
            StoresDelegate = storesDelegate;
            Facts = facts;
        }

        /// <summary>The body itself may hand something to a sink.</summary>
        public bool Local { get; }

        /// <summary>It stores into a member a delegate its scan cannot see (not a lambda or method group): calls through it elsewhere need its summary, so it is never deferred.</summary>
        public bool StoresDelegate { get; }

        /// <summary>What it may write, the delegates it calls, its callees (the ones to ask about) and whether a callback throws.</summary>
        public DeferredMethod Facts { get; }
    }
}
