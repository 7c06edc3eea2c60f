namespace PrivacyAnalyzers
{
    /// <summary>
    /// Well-known personal-data category keys, following the fideslang taxonomy. Keys are lower-case
    /// dotted paths and form a hierarchy by whole segments: <c>user.contact</c> covers
    /// <c>user.contact.phone_number</c>. Teams may use keys of their own in the same format.
    /// </summary>
    public static class DataCategory
    {
        /// <summary>A person's name: <c>user.name</c>.</summary>
        public const string Name = "user.name";

        /// <summary>Any contact data: <c>user.contact</c>.</summary>
        public const string Contact = "user.contact";

        /// <summary>An e-mail address: <c>user.contact.email</c>.</summary>
        public const string Email = "user.contact.email";

        /// <summary>A phone number: <c>user.contact.phone_number</c>.</summary>
        public const string PhoneNumber = "user.contact.phone_number";

        /// <summary>A postal address: <c>user.contact.address</c>.</summary>
        public const string PostalAddress = "user.contact.address";

        /// <summary>A user's address book: <c>user.social.contacts</c>.</summary>
        public const string AddressBook = "user.social.contacts";

        /// <summary>Private messages and other private content: <c>user.content.private</c>.</summary>
        public const string PrivateMessages = "user.content.private";

        /// <summary>A precise location: <c>user.location.precise</c>.</summary>
        public const string PreciseLocation = "user.location.precise";

        /// <summary>An imprecise location: <c>user.location.imprecise</c>.</summary>
        public const string ImpreciseLocation = "user.location.imprecise";

        /// <summary>A device identifier: <c>user.device.device_id</c>.</summary>
        public const string DeviceId = "user.device.device_id";

        /// <summary>An IP address: <c>user.device.ip_address</c>.</summary>
        public const string IpAddress = "user.device.ip_address";

        /// <summary>A date of birth: <c>user.demographic.date_of_birth</c>.</summary>
        public const string DateOfBirth = "user.demographic.date_of_birth";

        /// <summary>Health and medical data: <c>user.health_and_medical</c>.</summary>
        public const string Health = "user.health_and_medical";

        /// <summary>Biometric data: <c>user.biometric</c>.</summary>
        public const string Biometric = "user.biometric";

        /// <summary>A government identifier (passport, SSN, national id): <c>user.government_id</c>.</summary>
        public const string GovernmentId = "user.government_id";

        /// <summary>Financial data: <c>user.financial</c>.</summary>
        public const string Financial = "user.financial";

        /// <summary>A payment card number: <c>user.financial.credit_card</c>.</summary>
        public const string CreditCard = "user.financial.credit_card";

        /// <summary>Passwords and other credentials: <c>user.authorization.credentials</c>.</summary>
        public const string Credentials = "user.authorization.credentials";

        /// <summary>Behavioral data: <c>user.behavior</c>.</summary>
        public const string Behavior = "user.behavior";
    }
}
