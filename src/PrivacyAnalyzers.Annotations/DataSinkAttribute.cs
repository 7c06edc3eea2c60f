using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Marks code that hands data to <see cref="Recipients"/>. On a method: every argument (for an
    /// extension method, its <c>this</c> argument too); on a parameter: that argument only; on a
    /// property: the value assigned to it; on a type: every public method and property setter of it
    /// and of its implementations.
    /// </summary>
    [AttributeUsage(
        AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Property |
        AttributeTargets.Class | AttributeTargets.Interface,
        AllowMultiple = false, Inherited = true)]
    public sealed class DataSinkAttribute : Attribute
    {
        /// <summary>A sink that hands data to the given recipients.</summary>
        /// <param name="recipients">Who receives the data, and what for.</param>
        public DataSinkAttribute(Recipient recipients)
        {
            Recipients = recipients;
        }

        /// <summary>Who receives the data, and what for.</summary>
        public Recipient Recipients { get; }

        /// <summary>The company that receives the data, such as "Meta".</summary>
        public string? Party { get; set; }
    }
}
