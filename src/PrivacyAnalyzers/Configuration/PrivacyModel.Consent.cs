using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Consent checks: <c>[ConsentCheck]</c> on a <c>bool</c> method or property, or a <c>consent:</c> line.</summary>
    internal sealed partial class PrivacyModel
    {
        private readonly ConcurrentDictionary<ISymbol, ConsentCheck?> _consentCache = new ConcurrentDictionary<ISymbol, ConsentCheck?>(SymbolEqualityComparer.Default);

        /// <summary>Whether some promise puts recipients under consent: only then does the engine follow consent checks.</summary>
        public bool TracksConsent => Policy.ConsentRecipients != RecipientKind.None;

        /// <summary>The consent check a read of the property or a call of the method performs, or null.</summary>
        public ConsentCheck? ConsentCheck(ISymbol member) => _consentCache.GetOrCompute(member.OriginalDefinition, this, static (m, self) => self.ComputeConsentCheck(m));

        private ConsentCheck? ComputeConsentCheck(ISymbol member)
        {
            var type = member switch
            {
                IMethodSymbol method => method.ReturnType,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (type?.SpecialType != SpecialType.System_Boolean)
            {
                return null;
            }

            // An override or implementation keeps the check of the member it stands for.
            for (var current = member; current != null; current = Overridden(current))
            {
                foreach (var attribute in current.GetAttributes())
                {
                    if (WellKnownSymbols.Is(attribute.AttributeClass, Symbols.ConsentCheck)
                        && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int recipients && recipients != 0)
                    {
                        return new ConsentCheck(DisplayName(member), (RecipientKind)recipients);
                    }
                }
            }

            return Rules.TryGet(Rules.ConsentChecks, member, out var check) ? check : null;
        }

        private static ISymbol? Overridden(ISymbol member) => member switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            _ => null,
        };
    }
}
