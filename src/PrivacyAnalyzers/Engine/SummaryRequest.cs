using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// One request to the engine (an analyzer callback, or the compilation-end settlement) and the
    /// methods it is in the middle of looking at. Recursion is cut on the request's own stack, so
    /// requests on different threads run side by side without a global lock.
    /// </summary>
    internal sealed class SummaryRequest
    {
        public SummaryRequest(CancellationToken cancellationToken)
        {
            CancellationToken = cancellationToken;
        }

        public CancellationToken CancellationToken { get; }

        /// <summary>Methods whose summary this request is computing.</summary>
        public HashSet<IMethodSymbol> Summarizing { get; } = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

        /// <summary>Methods the gate is looking into for this request.</summary>
        public HashSet<IMethodSymbol> Gating { get; } = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
    }
}
