using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// A sink line keyed by an attribute (<c>sink: [T:Microsoft.Extensions.Logging.LoggerMessageAttribute] ; logging</c>):
    /// every method carrying the attribute, or one derived from it, hands over its parameters, except those whose type is
    /// (or derives from, or implements) an excepted type, and, with <c>classified</c>, those carrying a data classification;
    /// with <c>returns</c>, what the method returns instead of its parameters (<c>[KernelFunction]</c> tools).
    /// </summary>
    internal sealed class AttributeSink
    {
        public AttributeSink(INamedTypeSymbol attribute, RecipientKind recipients, string? party, ImmutableArray<INamedTypeSymbol> exceptTypes, bool exceptClassified, bool returns = false)
        {
            Returns = returns;
            Attribute = attribute;
            Recipients = recipients;
            Party = party;
            ExceptTypes = exceptTypes;
            ExceptClassified = exceptClassified;
        }

        public INamedTypeSymbol Attribute { get; }
        public RecipientKind Recipients { get; }
        public string? Party { get; }
        public ImmutableArray<INamedTypeSymbol> ExceptTypes { get; }
        public bool ExceptClassified { get; }

        /// <summary>The return value of each method carrying the attribute is handed over, not its parameters (<c>returns</c>).</summary>
        public bool Returns { get; }

        /// <summary>The sink the return value of <paramref name="method"/> is, or null.</summary>
        public SinkInfo? ForReturn(IMethodSymbol method) =>
            Returns && Carries(method) ? new SinkInfo(PrivacyModel.DisplayName(method), Recipients, Party, method) : null;

        /// <summary>The sink a parameter of <paramref name="method"/> is, or null.</summary>
        public SinkInfo? ForParameter(PrivacyModel model, IMethodSymbol method, IParameterSymbol parameter)
        {
            if (Returns || !Carries(method) || IsExcepted(parameter.Type))
            {
                return null;
            }

            if (ExceptClassified)
            {
                foreach (var attribute in parameter.GetAttributes())
                {
                    if (model.Classifications.IsClassification(attribute.AttributeClass))
                    {
                        return null;
                    }
                }
            }

            return new SinkInfo(PrivacyModel.DisplayName(method), Recipients, Party, method);
        }

        private bool Carries(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (WellKnownSymbols.Is(attribute.AttributeClass, Attribute))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsExcepted(ITypeSymbol type)
        {
            foreach (var excepted in ExceptTypes)
            {
                if (WellKnownSymbols.Is(type as INamedTypeSymbol, excepted) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, excepted)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
