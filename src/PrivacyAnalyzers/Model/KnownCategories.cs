using System;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The analyzer's mirror of <c>PrivacyAnalyzers.DataCategory</c>: constant name and key of each
    /// well-known category (the analyzer does not load the annotations assembly).
    /// </summary>
    internal static class KnownCategories
    {
        public static readonly (string Name, string Key)[] All =
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

        /// <summary>The key of the constant <paramref name="name"/> (<c>PhoneNumber</c> → <c>user.contact.phone_number</c>).</summary>
        public static string? KeyOf(string name)
        {
            foreach (var (n, k) in All)
            {
                if (string.Equals(n, name, StringComparison.Ordinal))
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>The constant naming <paramref name="key"/>, or null for a team's own key.</summary>
        public static string? NameOf(string key)
        {
            foreach (var (n, k) in All)
            {
                if (string.Equals(k, key, StringComparison.Ordinal))
                {
                    return n;
                }
            }

            return null;
        }
    }
}
