using Microsoft.CodeAnalysis.FlowAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Exceptions: what an exception is built from travels with it to every <c>catch</c> that can receive it, in this
    /// method (the catches of the <c>try</c> it was thrown in) or in callers (through <see cref="MethodSummary.Thrown"/>).
    /// Exception types are not told apart: a catch receives whatever its <c>try</c> may throw.
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>An exception carrying <paramref name="value"/> leaves the current block (a throw, or a call that throws).</summary>
        private void Throw(AbstractValue value)
        {
            if (value.IsEmpty)
            {
                return;
            }

            _thrown = _thrown.Join(value);
            if (_currentBlock != null)
            {
                _thrownInBlock[_currentBlock.Ordinal] = _thrownInBlock.TryGetValue(_currentBlock.Ordinal, out var known) ? known.Join(value) : value;
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
                return _thrown;
            }

            var tryRegion = tryAndCatch.NestedRegions[0];
            var caught = AbstractValue.Empty;
            for (var ordinal = tryRegion.FirstBlockOrdinal; ordinal <= tryRegion.LastBlockOrdinal; ordinal++)
            {
                if (_thrownInBlock.TryGetValue(ordinal, out var thrown))
                {
                    caught = caught.Join(thrown);
                }
            }

            return caught;
        }
    }
}
