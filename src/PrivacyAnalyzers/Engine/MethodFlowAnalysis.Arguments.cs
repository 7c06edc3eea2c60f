using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>Values of a call's arguments, by parameter ordinal (-1: the receiver).</summary>
        private sealed class Arguments
        {
            public OrdinalMap<AbstractValue> ByOrdinal { get; } = new OrdinalMap<AbstractValue>();
            public OrdinalMap<IOperation?> Operations { get; } = new OrdinalMap<IOperation?>();

            // A call has a handful of arguments: a list searched by reference is cheaper than hashing operations.
            private readonly List<KeyValuePair<IArgumentOperation, AbstractValue>> _byArgument = new List<KeyValuePair<IArgumentOperation, AbstractValue>>(4);
            private List<KeyValuePair<IArgumentOperation, ImmutableArray<(IOperation Operation, AbstractValue Value)>>>? _paramsElements;

            public IReadOnlyList<AbstractValue> Values
            {
                get
                {
                    var list = new List<AbstractValue>();
                    for (var i = 0; ByOrdinal.ContainsKey(i); i++)
                    {
                        list.Add(ByOrdinal[i]);
                    }

                    return list;
                }
            }

            public AbstractValue Of(IArgumentOperation argument)
            {
                foreach (var pair in _byArgument)
                {
                    if (ReferenceEquals(pair.Key, argument))
                    {
                        return pair.Value;
                    }
                }

                return AbstractValue.Empty;
            }

            public void SetArgument(IArgumentOperation argument, AbstractValue value) =>
                _byArgument.Add(new KeyValuePair<IArgumentOperation, AbstractValue>(argument, value));

            public void SetParamsElements(IArgumentOperation argument, ImmutableArray<(IOperation Operation, AbstractValue Value)> elements) =>
                (_paramsElements ??= new List<KeyValuePair<IArgumentOperation, ImmutableArray<(IOperation Operation, AbstractValue Value)>>>())
                    .Add(new KeyValuePair<IArgumentOperation, ImmutableArray<(IOperation Operation, AbstractValue Value)>>(argument, elements));

            public bool TryGetParamsElements(IArgumentOperation argument, out ImmutableArray<(IOperation Operation, AbstractValue Value)> elements)
            {
                foreach (var pair in _paramsElements ?? Enumerable.Empty<KeyValuePair<IArgumentOperation, ImmutableArray<(IOperation Operation, AbstractValue Value)>>>())
                {
                    if (ReferenceEquals(pair.Key, argument))
                    {
                        elements = pair.Value;
                        return true;
                    }
                }

                elements = default;
                return false;
            }

            public AbstractValue Get(int ordinal) => ByOrdinal.TryGetValue(ordinal, out var value) ? value : AbstractValue.Empty;
        }
    }
}
