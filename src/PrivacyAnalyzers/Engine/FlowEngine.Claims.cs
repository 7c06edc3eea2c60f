using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// One thread at a time summarizes a method: the driver runs the methods of a large cycle on every thread, and each
    /// used to summarize the whole cycle itself (the first summary stored won, the others were thrown away). A thread that
    /// asks for a method another one is summarizing waits for it, unless the other one waits, directly or through others,
    /// for this thread: then it summarizes the method itself, as before, and nothing can deadlock.
    /// </summary>
    internal sealed partial class FlowEngine
    {
        private readonly object _claims = new object();
        private readonly Dictionary<IMethodSymbol, int> _owners = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
        private readonly Dictionary<int, IMethodSymbol> _waitingFor = new Dictionary<int, IMethodSymbol>();

        /// <summary>
        /// Claims <paramref name="method"/> for this thread, first waiting while another thread summarizes it. True when
        /// claimed (release it with <see cref="Release"/>); false when it is summarized by now, or this thread goes on unclaimed.
        /// </summary>
        private bool Claim(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var me = Thread.CurrentThread.ManagedThreadId;
            lock (_claims)
            {
                while (true)
                {
                    if (_summaries.ContainsKey(method))
                    {
                        return false;
                    }

                    if (!_owners.TryGetValue(method, out var owner))
                    {
                        _owners[method] = me;
                        return true;
                    }

                    if (owner == me || WaitsFor(owner, me))
                    {
                        return false;
                    }

                    _waitingFor[me] = method;
                    try
                    {
                        Monitor.Wait(_claims);
                    }
                    finally
                    {
                        _waitingFor.Remove(me);
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        private void Release(IMethodSymbol method)
        {
            lock (_claims)
            {
                _owners.Remove(method);
                Monitor.PulseAll(_claims);
            }
        }

        /// <summary>Whether thread <paramref name="thread"/> waits, through a chain of claims, for thread <paramref name="target"/>.</summary>
        private bool WaitsFor(int thread, int target)
        {
            for (var steps = 0; steps <= _waitingFor.Count && _waitingFor.TryGetValue(thread, out var awaited) && _owners.TryGetValue(awaited, out var owner); steps++)
            {
                if (owner == target)
                {
                    return true;
                }

                thread = owner;
            }

            return false;
        }
    }
}
