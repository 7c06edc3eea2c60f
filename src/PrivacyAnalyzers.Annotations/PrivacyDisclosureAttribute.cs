using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// States that the team has told its users that it shares data of <see cref="Category"/> with
    /// <see cref="Recipients"/> (only with <see cref="Party"/> when it is set). Disclosed flows raise no PRIV002/PRIV003.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class PrivacyDisclosureAttribute : Attribute
    {
        /// <summary>A disclosure that data of <paramref name="category"/> goes to <paramref name="recipients"/>.</summary>
        /// <param name="category">A category key such as <see cref="DataCategory.Email"/>.</param>
        /// <param name="recipients">The recipients the data is disclosed to.</param>
        public PrivacyDisclosureAttribute(string category, Recipient recipients)
        {
            Category = category;
            Recipients = recipients;
        }

        /// <summary>The category key disclosed, with its sub-categories.</summary>
        public string Category { get; }

        /// <summary>The recipients the data is disclosed to.</summary>
        public Recipient Recipients { get; }

        /// <summary>When set, the disclosure covers only sinks of this party (such as "SendGrid").</summary>
        public string? Party { get; set; }

        /// <summary>Why the data is shared, as told to users.</summary>
        public string? Purpose { get; set; }
    }
}
