using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// A yes/no question about a method whose answer depends on the same question about its callees (may it produce
    /// personal data? may it hand anything to a sink?), answered once per method. A method still being decided on
    /// the asking request's stack is assumed to say no; an answer that leaned on such an ancestor is not kept, so
    /// what is kept never depends on which method of a cycle the analyzer's threads reached first. Yes is always kept.
    /// </summary>
    internal sealed class MethodQuestion
    {
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _answers = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly Func<IMethodSymbol, SummaryRequest, bool> _compute;

        public MethodQuestion(Func<IMethodSymbol, SummaryRequest, bool> compute)
        {
            _compute = compute;
        }

        public bool Ask(IMethodSymbol method, SummaryRequest request)
        {
            method = method.OriginalDefinition;
            if (_answers.TryGetValue(method, out var known))
            {
                return known;
            }

            var stack = request.StackOf(this);
            if (stack.OnStack.TryGetValue(method, out var onStack))
            {
                stack.AssumedDepth = Math.Min(stack.AssumedDepth, onStack);
                return false;
            }

            var depth = stack.OnStack.Count;
            var outerAssumed = stack.AssumedDepth;
            stack.AssumedDepth = int.MaxValue;
            stack.OnStack.Add(method, depth);
            try
            {
                var result = _compute(method, request);
                var leanedOnAncestor = stack.AssumedDepth < depth;
                return result || !leanedOnAncestor ? _answers.GetOrAdd(method, result) : result;
            }
            finally
            {
                stack.OnStack.Remove(method);
                var inner = stack.AssumedDepth < depth ? stack.AssumedDepth : int.MaxValue;
                stack.AssumedDepth = Math.Min(outerAssumed, inner);
            }
        }
    }

    /// <summary>The methods one request is in the middle of asking a <see cref="MethodQuestion"/> about.</summary>
    internal sealed class QuestionStack
    {
        /// <summary>Each method being decided, with its depth.</summary>
        public Dictionary<IMethodSymbol, int> OnStack { get; } = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);

        /// <summary>The shallowest depth whose method a deeper question assumed to say no (<see cref="int.MaxValue"/>: none).</summary>
        public int AssumedDepth { get; set; } = int.MaxValue;
    }
}
