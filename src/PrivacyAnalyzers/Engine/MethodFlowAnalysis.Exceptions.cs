using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Exceptions: what an exception is built from travels with it to every <c>catch</c> that can receive it, in this
    /// method (the catches of the <c>try</c> it was thrown in) or in callers (through <see cref="MethodSummary.Thrown"/>).
    /// A catch receives what its <c>try</c> may throw of the types it can hold, less what an earlier catch took whole.
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
            for (var ordinal = tryRegion.FirstBlockOrdinal; ordinal <= tryRegion.LastBlockOrdinal; ordinal++)
            {
                if (_thrownInBlock.TryGetValue(ordinal, out var thrown))
                {
                    caught = caught.Join(thrown.CaughtBy(region.ExceptionType, takenEarlier));
                }
            }

            return caught;
        }
    }
}
