using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules.Annotations
{
    /// <summary>
    /// What is wrong with one privacy attribute, as PRIV010 messages. Reads attribute data only and
    /// stays quiet where the compiler already reports an error (missing or mistyped arguments).
    /// </summary>
    internal sealed class AnnotationChecks
    {
        private readonly WellKnownSymbols _symbols;
        private readonly ImmutableArray<Promise> _promises;
        private readonly INamedTypeSymbol? _valueTask;

        public AnnotationChecks(Compilation compilation, WellKnownSymbols symbols, ImmutableArray<Promise> promises)
        {
            _symbols = symbols;
            _promises = promises;
            _valueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        }

        /// <summary>Problems of an attribute on <paramref name="owner"/>; <paramref name="returnOf"/> is the method whose return value it marks, if any.</summary>
        public IEnumerable<string> Check(AttributeData attribute, ISymbol owner, IMethodSymbol? returnOf)
        {
            var type = attribute.AttributeClass;
            if (type == null || type.TypeKind == TypeKind.Error || attribute.AttributeConstructor == null || HasErrorArgument(attribute))
            {
                yield break;
            }

            if (WellKnownSymbols.Is(type, _symbols.PersonalData))
            {
                if (BadKey(attribute, 0) is { } bad)
                {
                    yield return bad;
                }

                if (returnOf != null && ReturnsNothing(returnOf))
                {
                    yield return $"[PersonalData] on '{PrivacyModel.DisplayName(returnOf)}' marks its return value, but the method returns nothing: put it on the property, field or parameter that holds the data";
                }
            }
            else if (WellKnownSymbols.Is(type, _symbols.Anonymizer))
            {
                foreach (var category in AnonymizerCategories(attribute))
                {
                    if (!CategoryKey.IsValid(category))
                    {
                        yield return InvalidKey(category);
                    }
                }

                if (returnOf != null && ReturnsNothing(returnOf))
                {
                    yield return $"[Anonymizer] on '{PrivacyModel.DisplayName(returnOf)}' clears its return value, but the method returns nothing: an anonymizer must return the cleaned value";
                }
            }
            else if (WellKnownSymbols.Is(type, _symbols.DataSink))
            {
                if (Recipients(attribute, 0) == RecipientKind.None)
                {
                    yield return $"[DataSink] on '{PrivacyModel.DisplayName(owner)}' names no recipient: pass who receives the data, such as Recipient.Analytics or Recipient.Advertising | Recipient.ThirdParty";
                }
            }
            else if (WellKnownSymbols.Is(type, _symbols.ConsentCheck))
            {
                var checkedType = owner switch
                {
                    IMethodSymbol method => method.ReturnType,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (checkedType != null && checkedType.SpecialType != SpecialType.System_Boolean)
                {
                    yield return $"[ConsentCheck] on '{PrivacyModel.DisplayName(owner)}' is ignored: a consent check is a bool method or property whose true means the user agreed";
                }

                if (Recipients(attribute, 0) == RecipientKind.None)
                {
                    yield return $"[ConsentCheck] on '{PrivacyModel.DisplayName(owner)}' names no recipient: pass whom the consent covers, such as Recipient.Analytics";
                }
            }
            else if (WellKnownSymbols.Is(type, _symbols.PrivacyPromise))
            {
                foreach (var problem in CheckPromise(attribute))
                {
                    yield return problem;
                }
            }
            else if (WellKnownSymbols.Is(type, _symbols.PrivacyDisclosure))
            {
                foreach (var problem in CheckDisclosure(attribute))
                {
                    yield return problem;
                }
            }
        }

        private static IEnumerable<string> CheckPromise(AttributeData attribute)
        {
            if (BadKey(attribute, 0) is { } bad)
            {
                yield return bad;
            }

            if ((RecipientKind)(AttributeValues.NamedInt(attribute, "NeverSharedWith") ?? 0) == RecipientKind.None
                && (RecipientKind)(AttributeValues.NamedInt(attribute, "ConsentRequiredFor") ?? 0) == RecipientKind.None)
            {
                yield return $"The promise about '{AttributeValues.String(attribute, 0)}' rules out no recipient: set NeverSharedWith, such as Recipient.Advertising | Recipient.Affiliate, or ConsentRequiredFor, such as Recipient.Analytics";
            }
        }

        private IEnumerable<string> CheckDisclosure(AttributeData attribute)
        {
            if (BadKey(attribute, 0) is { } bad)
            {
                yield return bad;
            }

            var category = AttributeValues.String(attribute, 0);
            var recipients = Recipients(attribute, 1);
            if (recipients == RecipientKind.None)
            {
                yield return $"The disclosure of '{category}' names no recipient: pass who receives the data, such as Recipient.Processor";
                yield break;
            }

            if (recipients == null || !CategoryKey.IsValid(category))
            {
                yield break;
            }

            // A disclosure of the promised category (or a parent or child of it) to a ruled-out recipient
            // says the opposite of the promise; the promise wins (PRIV001), so the disclosure is dead text.
            foreach (var promise in _promises)
            {
                var clash = RecipientKinds.Effective(recipients.Value) & promise.NeverSharedWith;
                if (clash != RecipientKind.None && (CategoryKey.Covers(promise.Category, category!) || CategoryKey.Covers(category!, promise.Category)))
                {
                    yield return $"The disclosure of '{category}' to {RecipientKinds.Describe(clash)} contradicts the promise \"{promise.Statement}\": the promise wins, so remove or narrow one of them";
                }
            }
        }

        private bool ReturnsNothing(IMethodSymbol method) =>
            method.ReturnsVoid
            || SymbolEqualityComparer.Default.Equals(method.ReturnType, _symbols.Task)
            || (_valueTask != null && SymbolEqualityComparer.Default.Equals(method.ReturnType, _valueTask));

        private static string? BadKey(AttributeData attribute, int index)
        {
            if (attribute.ConstructorArguments.Length <= index)
            {
                return null;
            }

            var key = AttributeValues.String(attribute, index);
            return CategoryKey.IsValid(key) ? null : InvalidKey(key);
        }

        private static string InvalidKey(string? key)
        {
            var (constant, example) = WellKnownCategories.Suggest(key);
            var what = key == null ? "null" : $"'{key}'";
            return $"{what} is not a valid category key: use a lower-case dotted key such as '{example}' (DataCategory.{constant})";
        }

        private static IEnumerable<string?> AnonymizerCategories(AttributeData attribute)
        {
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Array, IsNull: false } array)
            {
                foreach (var value in array.Values)
                {
                    yield return value.Value as string;
                }
            }
        }

        private static RecipientKind? Recipients(AttributeData attribute, int index) =>
            attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index].Value is int value
                ? (RecipientKind)value
                : (RecipientKind?)null;

        private static bool HasErrorArgument(AttributeData attribute)
        {
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Error)
                {
                    return true;
                }
            }

            foreach (var pair in attribute.NamedArguments)
            {
                if (pair.Value.Kind == TypedConstantKind.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
