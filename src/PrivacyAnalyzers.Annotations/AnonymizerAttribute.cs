using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Marks a method whose return value no longer carries the named categories (and their
    /// sub-categories), or any category when none is named. A cryptographic hash is not an
    /// anonymizer: a hashed phone number still matches an ad audience.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.ReturnValue, AllowMultiple = false, Inherited = true)]
    public sealed class AnonymizerAttribute : Attribute
    {
        /// <summary>An anonymizer that clears the given categories, or all when none is given.</summary>
        /// <param name="categories">Category keys cleared from the return value.</param>
        public AnonymizerAttribute(params string[] categories)
        {
            Categories = categories ?? new string[0];
        }

        /// <summary>The categories cleared; empty means every category.</summary>
        public string[] Categories { get; }
    }
}
