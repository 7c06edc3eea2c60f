using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// A promise made to users: data of <see cref="Category"/> (or any sub-category) never reaches
    /// a sink whose recipients intersect <see cref="NeverSharedWith"/>, and reaches one whose recipients
    /// intersect <see cref="ConsentRequiredFor"/> only behind a <see cref="ConsentCheckAttribute"/> check.
    /// Breaking it is PRIV001, an error. A promise names at least one of the two.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class PrivacyPromiseAttribute : Attribute
    {
        /// <summary>A promise about data of the given category.</summary>
        /// <param name="category">A category key such as <see cref="DataCategory.PhoneNumber"/>.</param>
        public PrivacyPromiseAttribute(string category)
        {
            Category = category;
        }

        /// <summary>The category key the promise covers, with its sub-categories.</summary>
        public string Category { get; }

        /// <summary>The recipients that must never receive data of <see cref="Category"/>.</summary>
        public Recipient NeverSharedWith { get; set; }

        /// <summary>
        /// The recipients that may receive data of <see cref="Category"/> only when the user has consented: the sink
        /// call must be reached only through a <c>true</c> outcome of a <see cref="ConsentCheckAttribute"/> check covering them.
        /// </summary>
        public Recipient ConsentRequiredFor { get; set; }

        /// <summary>The promise as users read it; quoted in every diagnostic that breaks it.</summary>
        public string? Statement { get; set; }
    }
}
