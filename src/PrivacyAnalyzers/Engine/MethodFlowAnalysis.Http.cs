using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>HTTP sends (<c>host:</c> sink lines): a sink only once the request's host is known, as its host line says.</summary>
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>
        /// <paramref name="sink"/> itself, or for a send keyed by its host, the sink of this call's host (null: internal or
        /// unknown). The host is only looked for when an argument handed over carries something.
        /// </summary>
        private SinkInfo? AtDestination(SinkInfo? sink, ImmutableArray<IArgumentOperation> argumentOperations, Arguments arguments)
        {
            if (sink?.HostOf == null)
            {
                return sink;
            }

            foreach (var argument in argumentOperations)
            {
                if (argument.Parameter != null && sink.HandsOver(argument.Parameter) && !WholeTaint(arguments.Of(argument), argument.Value).IsEmpty
                    && argument.Parent is IInvocationOperation call)
                {
                    return _engine.Model.Http.Resolve(sink, call, _request.CancellationToken);
                }
            }

            return null;
        }
    }
}
