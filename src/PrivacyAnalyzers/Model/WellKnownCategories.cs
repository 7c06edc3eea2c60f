using System;
using System.Linq;

namespace PrivacyAnalyzers.Model
{
    /// <summary>The <c>DataCategory</c> constants of the annotations, as data: used to suggest a key for a malformed one.</summary>
    internal static class WellKnownCategories
    {
        public static readonly (string Constant, string Key)[] All =
        {
            ("Name", "user.name"),
            ("Contact", "user.contact"),
            ("Email", "user.contact.email"),
            ("PhoneNumber", "user.contact.phone_number"),
            ("PostalAddress", "user.contact.address"),
            ("AddressBook", "user.social.contacts"),
            ("PrivateMessages", "user.content.private"),
            ("PreciseLocation", "user.location.precise"),
            ("ImpreciseLocation", "user.location.imprecise"),
            ("DeviceId", "user.device.device_id"),
            ("IpAddress", "user.device.ip_address"),
            ("DateOfBirth", "user.demographic.date_of_birth"),
            ("Health", "user.health_and_medical"),
            ("Biometric", "user.biometric"),
            ("GovernmentId", "user.government_id"),
            ("Financial", "user.financial"),
            ("CreditCard", "user.financial.credit_card"),
            ("Credentials", "user.authorization.credentials"),
            ("Behavior", "user.behavior"),
        };

        /// <summary>
        /// The well-known category that a malformed key most likely meant ("Phone" → PhoneNumber,
        /// "User.Contact.Email" → Email), or PhoneNumber as a plain example when nothing matches.
        /// </summary>
        public static (string Constant, string Key) Suggest(string? malformed)
        {
            var wanted = Letters(malformed);
            if (wanted.Length > 0)
            {
                foreach (var entry in All)
                {
                    if (Letters(entry.Key) == wanted || Letters(entry.Constant) == wanted)
                    {
                        return entry;
                    }
                }

                foreach (var entry in All)
                {
                    var constant = Letters(entry.Constant);
                    if (constant.StartsWith(wanted, StringComparison.Ordinal) || wanted.StartsWith(constant, StringComparison.Ordinal))
                    {
                        return entry;
                    }
                }
            }

            return All.First(e => e.Constant == "PhoneNumber");
        }

        /// <summary>Lower-case letters and digits only: "Phone_Number" and "phone-number" both give "phonenumber".</summary>
        private static string Letters(string? text) =>
            text == null ? "" : new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }
}
