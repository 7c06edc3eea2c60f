using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Methods whose return value is handed over: tools a model calls (<c>[KernelFunction]</c>), from attribute-keyed sink lines with <c>returns</c>.</summary>
    internal sealed partial class PrivacyModel
    {
        private readonly ConcurrentDictionary<IMethodSymbol, SinkInfo?> _returnSinkCache = new ConcurrentDictionary<IMethodSymbol, SinkInfo?>(SymbolEqualityComparer.Default);

        /// <summary>The sink that receives what <paramref name="method"/> returns, or null (most methods; answered without a lookup when no line says <c>returns</c>).</summary>
        public SinkInfo? ReturnSink(IMethodSymbol method)
        {
            if (!Rules.AttributeSinks.Exists(static s => s.Returns))
            {
                return null;
            }

            return _returnSinkCache.GetOrCompute(method, this, static (m, self) =>
            {
                foreach (var sink in self.Rules.AttributeSinks)
                {
                    if (sink.ForReturn(m) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            });
        }
    }
}
