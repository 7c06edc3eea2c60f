using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>A delegate (a lambda with its graph, or a method) stored into a field, property or event by a method.</summary>
    internal sealed class FunctionWrite
    {
        public FunctionWrite(ISymbol field, object function, ControlFlowGraph? graph)
        {
            Field = field;
            Function = function;
            Graph = graph;
        }

        public ISymbol Field { get; }

        /// <summary>An <c>IFlowAnonymousFunctionOperation</c> or an <see cref="IMethodSymbol"/>.</summary>
        public object Function { get; }

        /// <summary>The lambda's own graph, taken from the method that wrote it (null for a method).</summary>
        public ControlFlowGraph? Graph { get; }
    }

    /// <summary>
    /// A call of a delegate read from fields, properties or events whose delegates the method could not see: the
    /// arguments it passed, resolved at compilation end against every delegate the program stores there.
    /// </summary>
    internal sealed class DelegateCall
    {
        public DelegateCall(ImmutableArray<ISymbol> fields, ImmutableArray<AbstractValue> arguments)
        {
            Fields = fields;
            Arguments = arguments;
        }

        public ImmutableArray<ISymbol> Fields { get; }
        public ImmutableArray<AbstractValue> Arguments { get; }
    }
}
