using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// A call of a method that stores what it is given into fields (<c>_last = customer</c>, directly or through its own
    /// callees), with what the caller passed. The engine does not copy the callee's field writes into the caller at the
    /// call: that repeated every write of a library's call tree in every caller above it, and was most of the engine's
    /// time on real libraries. At compilation end <see cref="FieldFlowGraph"/> resolves only the placeholders that
    /// reach a field, once per call, through these bindings.
    /// </summary>
    internal sealed class CallBinding
    {
        private readonly ImmutableArray<BoundArgument> _arguments;

        public CallBinding(IMethodSymbol callee, ImmutableArray<BoundArgument> arguments)
        {
            Callee = callee;
            _arguments = arguments;
        }

        public IMethodSymbol Callee { get; }

        /// <summary>What the caller passed, parameter by parameter.</summary>
        public ImmutableArray<BoundArgument> Arguments => _arguments;

        /// <summary>What the caller passed for a parameter (-1: the receiver).</summary>
        public BoundArgument? Get(int ordinal)
        {
            foreach (var argument in _arguments)
            {
                if (argument.Ordinal == ordinal)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The same call met again on a later pass over a loop: what either pass passed.</summary>
        public CallBinding Join(CallBinding later)
        {
            var joined = new List<BoundArgument>(_arguments);
            foreach (var argument in later._arguments)
            {
                var index = joined.FindIndex(a => a.Ordinal == argument.Ordinal);
                if (index < 0)
                {
                    joined.Add(argument);
                }
                else
                {
                    joined[index] = new BoundArgument(argument.Ordinal, joined[index].Value.Join(argument.Value), argument.TypeSources);
                }
            }

            return new CallBinding(Callee, joined.ToImmutableArray());
        }
    }

    /// <summary>
    /// One argument of a <see cref="CallBinding"/>: its value, and the categories its static type declares (an argument
    /// typed as a personal type carries its category into every member the callee reads from it).
    /// </summary>
    internal sealed class BoundArgument
    {
        public BoundArgument(int ordinal, AbstractValue value, Taint typeSources)
        {
            Ordinal = ordinal;
            Value = value;
            TypeSources = typeSources;
        }

        public int Ordinal { get; }
        public AbstractValue Value { get; }
        public Taint TypeSources { get; }
    }
}
