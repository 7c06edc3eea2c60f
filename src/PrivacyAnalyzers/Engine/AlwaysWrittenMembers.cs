using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Members of <c>this</c> or of a parameter that a method assigns on every path to its end (<c>_box = box;</c>): a
    /// caller replaces what its object held there instead of adding to it (a strong update), so a holder whose content
    /// was swapped for a plain one stops carrying the old one. A method with try, catch or finally regions has paths
    /// the graph's plain edges do not show, and is left out.
    /// </summary>
    internal static class AlwaysWrittenMembers
    {
        public static readonly ImmutableDictionary<int, ImmutableHashSet<string>> None = ImmutableDictionary<int, ImmutableHashSet<string>>.Empty;

        public static ImmutableDictionary<int, ImmutableHashSet<string>> Find(ControlFlowGraph cfg, Func<ISymbol, bool> isTracked, Func<ISymbol, string> memberKey)
        {
            if (HasExceptionalRegions(cfg.Root))
            {
                return None;
            }

            var result = None;
            foreach (var block in cfg.Blocks)
            {
                var written = WritesIn(block, isTracked, memberKey);
                if (written.Count == 0 || !IsOnEveryPathToExit(cfg, block))
                {
                    continue;
                }

                foreach (var (ordinal, member) in written)
                {
                    var members = result.TryGetValue(ordinal, out var known) ? known : ImmutableHashSet<string>.Empty;
                    result = result.SetItem(ordinal, members.Add(member));
                }
            }

            return result;
        }

        private static bool HasExceptionalRegions(ControlFlowRegion region)
        {
            foreach (var nested in region.NestedRegions)
            {
                if (nested.Kind is not (ControlFlowRegionKind.LocalLifetime or ControlFlowRegionKind.StaticLocalInitializer) || HasExceptionalRegions(nested))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Direct members of <c>this</c> (-1) or of a parameter assigned in the block: <c>this.F = x</c>, <c>p.Name = x</c>.</summary>
        private static List<(int Ordinal, string Member)> WritesIn(BasicBlock block, Func<ISymbol, bool> isTracked, Func<ISymbol, string> memberKey)
        {
            var written = new List<(int, string)>();
            foreach (var statement in block.Operations)
            {
                // The graph holds an expression statement's expression itself.
                var assignment = statement is IExpressionStatementOperation expression ? expression.Operation : statement;
                if (assignment is not ISimpleAssignmentOperation { Target: IMemberReferenceOperation target })
                {
                    continue;
                }

                var ordinal = target.Instance switch
                {
                    IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } => -1,
                    IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter => parameter.Parameter.Ordinal,
                    _ => (int?)null,
                };
                if (ordinal != null && target.Member is IFieldSymbol or IPropertySymbol { IsIndexer: false } && isTracked(target.Member))
                {
                    written.Add((ordinal.Value, memberKey(target.Member)));
                }
            }

            return written;
        }

        /// <summary>Whether the exit cannot be reached from the entry without passing through <paramref name="block"/>.</summary>
        private static bool IsOnEveryPathToExit(ControlFlowGraph cfg, BasicBlock block)
        {
            var exit = cfg.Blocks[cfg.Blocks.Length - 1];
            var seen = new HashSet<int> { block.Ordinal };
            var pending = new Stack<BasicBlock>();
            pending.Push(cfg.Blocks[0]);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (current == exit)
                {
                    return false;
                }

                if (!seen.Add(current.Ordinal))
                {
                    continue;
                }

                foreach (var branch in new[] { current.FallThroughSuccessor, current.ConditionalSuccessor })
                {
                    if (branch?.Destination is { } next)
                    {
                        pending.Push(next);
                    }
                }
            }

            return true;
        }
    }
}
