using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Reads <c>[assembly: PrivacyPromise]</c> and <c>[assembly: PrivacyDisclosure]</c>, skipping malformed ones (PRIV010 reports them).</summary>
    internal static class PolicyReader
    {
        public static PrivacyPolicy Read(Compilation compilation, WellKnownSymbols symbols, ResolvedRules rules, RecipientKind disclosureRequiredFor)
        {
            var promises = ImmutableArray.CreateBuilder<Promise>();
            var disclosures = ImmutableArray.CreateBuilder<Disclosure>();
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None;
                if (WellKnownSymbols.Is(attribute.AttributeClass, symbols.PrivacyPromise)
                    && AttributeValues.String(attribute, 0) is { } promised && CategoryKey.IsValid(promised))
                {
                    var never = (RecipientKind)(AttributeValues.NamedInt(attribute, "NeverSharedWith") ?? 0);
                    var consent = (RecipientKind)(AttributeValues.NamedInt(attribute, "ConsentRequiredFor") ?? 0);
                    var statement = AttributeValues.Named(attribute, "Statement") ?? Promise.DefaultStatement(promised, never, consent);
                    promises.Add(new Promise(promised, never, statement, location, consent));
                }
                else if (WellKnownSymbols.Is(attribute.AttributeClass, symbols.PrivacyDisclosure)
                    && AttributeValues.String(attribute, 0) is { } disclosed && CategoryKey.IsValid(disclosed)
                    && attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[1].Value is int recipients)
                {
                    disclosures.Add(new Disclosure(disclosed, (RecipientKind)recipients,
                        AttributeValues.Named(attribute, "Party"), AttributeValues.Named(attribute, "Purpose"), location));
                }
            }

            promises.AddRange(rules.Promises);
            disclosures.AddRange(rules.Disclosures);
            return new PrivacyPolicy(promises.ToImmutable(), disclosures.ToImmutable(), disclosureRequiredFor);
        }
    }
}
