using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// An object turned into text by interpolation or concatenation: what its <c>ToString</c> returns. When the type (or
    /// a base) overrides <c>ToString</c> in the compilation, that override is followed as an explicit call would be;
    /// otherwise the text may show anything the object holds.
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        private Taint AsText(IOperation operand, AbstractValue value, FlowState state)
        {
            var unwrapped = WithoutImplicitConversion(operand);
            if (unwrapped.Type is INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Struct } type
                && _engine.ToStringOverride(type) is { } toString)
            {
                var arguments = new Arguments();
                arguments.ByOrdinal[-1] = value;
                arguments.Operations[-1] = unwrapped;
                var summary = _engine.GetSummary(toString, _request);
                ApplySideEffects(summary, unwrapped, arguments, state);
                return Substitute(summary.ReturnValue, arguments, unwrapped).AllTaint();
            }

            return WholeTaint(value, operand);
        }
    }
}
