using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Marks personal data: every value read from the annotated member carries <see cref="Category"/>.
    /// On a method it marks its return value; on a type, every instance of the type.
    /// Apply several times for several categories.
    /// </summary>
    [AttributeUsage(
        AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue |
        AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
        AllowMultiple = true, Inherited = true)]
    public sealed class PersonalDataAttribute : Attribute
    {
        /// <summary>Marks personal data of the given category.</summary>
        /// <param name="category">A category key such as <see cref="DataCategory.PhoneNumber"/>.</param>
        public PersonalDataAttribute(string category)
        {
            Category = category;
        }

        /// <summary>The category key, such as <c>user.contact.phone_number</c>.</summary>
        public string Category { get; }
    }
}
