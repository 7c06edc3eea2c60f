using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.CodeFixes.Editing
{
    /// <summary>The <c>[assembly: PrivacyDisclosure(...)]</c> that a PRIV002 diagnostic asks for, read from its properties.</summary>
    internal sealed class DisclosureText
    {
        private DisclosureText(string attribute, string summary)
        {
            Attribute = attribute;
            Summary = summary;
        }

        /// <summary><c>PrivacyDisclosure(DataCategory.PhoneNumber, Recipient.Advertising | Recipient.ThirdParty, Party = "Meta")</c>.</summary>
        public string Attribute { get; }

        /// <summary><c>user.contact.phone_number to advertising, third_party (Meta)</c>, for the fix's title.</summary>
        public string Summary { get; }

        public static DisclosureText? From(Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(DiagnosticProperties.Category, out var category) || category == null || !CategoryKey.IsValid(category))
            {
                return null;
            }

            var words = properties.TryGetValue(DiagnosticProperties.Undisclosed, out var undisclosed) && !string.IsNullOrEmpty(undisclosed)
                ? undisclosed!
                : properties.TryGetValue(DiagnosticProperties.Recipients, out var recipients) ? recipients ?? "" : "";
            var kinds = words.Split(',').Select(w => w.Trim()).Where(w => w.Length > 0)
                .Select(w => RecipientKinds.TryParseWord(w, out var kind) ? kind : RecipientKind.None)
                .ToList();
            if (kinds.Count == 0 || kinds.Contains(RecipientKind.None))
            {
                return null;
            }

            properties.TryGetValue(DiagnosticProperties.Party, out var party);
            var recipientsText = string.Join(" | ", kinds.Select(k => "Recipient." + k));
            var partyText = string.IsNullOrEmpty(party) ? "" : $", Party = \"{party!.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
            return new DisclosureText(
                $"PrivacyDisclosure({PrivacySyntax.Category(category)}, {recipientsText}{partyText})",
                $"{category} to {string.Join(", ", kinds.Select(RecipientKinds.Word))}" + (string.IsNullOrEmpty(party) ? "" : $" ({party})"));
        }
    }
}
