using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Exceptions: what an exception is built from travels with it to every <c>catch</c> that can receive it, in this
    /// method (the catches of the <c>try</c> it was thrown in) or in callers (through <see cref="MethodSummary.Thrown"/>).
    /// A catch receives what its <c>try</c> may throw of the types it can hold, less what an earlier catch took whole.
    /// Callbacks the program hands to code the engine cannot see (an endpoint lambda given to a framework) throw into
    /// that code, and it may pass their exceptions on through any call of it that runs callbacks (a middleware's
    /// <c>await next(context)</c>): a catch around such a call gets a placeholder, settled at compilation end with
    /// what the program's callbacks throw (<see cref="EscapeCatch"/>).
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>An exception of <paramref name="type"/> carrying <paramref name="value"/> leaves the current block (a throw, or a call that throws).</summary>
        private void Throw(ITypeSymbol? type, AbstractValue value)
        {
            if (value.IsEmpty)
            {
                return;
            }

            Throw(ThrownExceptions.None.Add(type, value));
        }

        private void Throw(ThrownExceptions thrown)
        {
            if (thrown.IsEmpty)
            {
                return;
            }

            _thrown = _thrown.Join(thrown);
            if (_currentBlock != null)
            {
                _thrownInBlock[_currentBlock.Ordinal] = _thrownInBlock.TryGetValue(_currentBlock.Ordinal, out var known) ? known.Join(thrown) : thrown;
            }
        }

        /// <summary>The current block calls code the engine cannot see that may run the program's callbacks.</summary>
        private void MayRunCallbacks()
        {
            if (_currentBlock != null)
            {
                _runsCallbacks.Add(_currentBlock.Ordinal);
            }
        }

        /// <summary>What a callback handed to unseen code throws escapes into that code: kept per exception type, as a placeholder field of that type.</summary>
        private void RecordEscaped(ThrownExceptions thrown)
        {
            foreach (var entry in thrown.Entries)
            {
                if (entry.Key != null && !entry.Value.AllTaint().IsEmpty)
                {
                    RecordFieldWrite(entry.Key.OriginalDefinition, "", entry.Value);
                }
            }
        }

        /// <summary>What the exception of the current <c>catch</c> carries: what the blocks of its <c>try</c> threw.</summary>
        private AbstractValue Caught()
        {
            var region = _currentBlock?.EnclosingRegion;
            while (region != null && region.Kind != ControlFlowRegionKind.Catch && region.Kind != ControlFlowRegionKind.FilterAndHandler)
            {
                region = region.EnclosingRegion;
            }

            if (region?.EnclosingRegion is not { } tryAndCatch || tryAndCatch.NestedRegions.IsEmpty)
            {
                return _thrown.CaughtBy(null, System.Array.Empty<ITypeSymbol>());
            }

            // The catches before this one that take their type whole (no filter), in the order C# tries them.
            var takenEarlier = new List<ITypeSymbol>();
            for (var i = 1; i < tryAndCatch.NestedRegions.Length && tryAndCatch.NestedRegions[i] != region; i++)
            {
                if (tryAndCatch.NestedRegions[i] is { Kind: ControlFlowRegionKind.Catch, ExceptionType: { } taken })
                {
                    takenEarlier.Add(taken);
                }
            }

            var tryRegion = tryAndCatch.NestedRegions[0];
            var caught = AbstractValue.Empty;
            var runsCallbacks = false;
            for (var ordinal = tryRegion.FirstBlockOrdinal; ordinal <= tryRegion.LastBlockOrdinal; ordinal++)
            {
                if (_thrownInBlock.TryGetValue(ordinal, out var thrown))
                {
                    caught = caught.Join(thrown.CaughtBy(region.ExceptionType, takenEarlier));
                }

                runsCallbacks |= _runsCallbacks.Contains(ordinal);
            }

            if (runsCallbacks && region.Locals.FirstOrDefault() is { } local)
            {
                // What the program's callbacks throw, of the types this catch receives: known at compilation end.
                if (!_escapeCatches.Any(c => SymbolEqualityComparer.Default.Equals(c.Local, local)))
                {
                    _escapeCatches.Add(new EscapeCatch(local, region.ExceptionType, takenEarlier.ToImmutableArray()));
                }

                caught = caught.Join(AbstractValue.Of(Taint.Of(Origin.ForField(local))));
            }

            return caught;
        }
    }
}
