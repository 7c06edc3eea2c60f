using System;
using System.Collections.Immutable;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>The lines of promises and the consent checks they lean on.</summary>
    internal static partial class RulesFileParser
    {
        private sealed partial class LineReader
        {
            private const string Never = "never:";
            private const string ConsentField = "consent:";

            // promise: category ; never: recipients ; [statement]
            // promise: category ; [never: recipients ;] consent: recipients ; [statement]
            public RulesEntry? Promise()
            {
                if (!Arity("promise", "category ; never: recipients ; consent: recipients ; statement", 2, 4))
                {
                    return null;
                }

                var category = Categories(_fields[0], required: true);
                var never = RecipientKind.None;
                var consent = RecipientKind.None;
                var index = 1;
                for (; index < _fields.Length && index <= 2; index++)
                {
                    if (_fields[index].StartsWith(Never, StringComparison.Ordinal) && never == RecipientKind.None)
                    {
                        never = Recipients(_fields[index].Substring(Never.Length));
                    }
                    else if (_fields[index].StartsWith(ConsentField, StringComparison.Ordinal) && consent == RecipientKind.None)
                    {
                        consent = Recipients(_fields[index].Substring(ConsentField.Length));
                    }
                    else
                    {
                        break;
                    }
                }

                if (index == 1)
                {
                    return Fail($"A promise needs 'never: <recipients>' or 'consent: <recipients>' as its second field, found '{_fields[1]}'");
                }

                if (_fields.Length > index + 1)
                {
                    return Fail($"A promise has one statement after its recipients, found '{_fields[index]}' and '{_fields[index + 1]}'");
                }

                if (Problem == null && category.Length != 1)
                {
                    return Fail("A promise names exactly one category");
                }

                return Problem == null ? Create(RulesEntryKind.Promise, null, category, never, null, Optional(index), consent) : null;
            }

            // consent: ID ; recipients  (a bool method or property whose true means consent for the recipients)
            public RulesEntry? Consent()
            {
                if (!Arity("consent", "ID ; recipients", 2, 2))
                {
                    return null;
                }

                var id = SymbolId(_fields[0]);
                var recipients = Recipients(_fields[1]);
                return Problem == null ? Create(RulesEntryKind.Consent, id, ImmutableArray<string>.Empty, recipients, null, null) : null;
            }
        }
    }
}
