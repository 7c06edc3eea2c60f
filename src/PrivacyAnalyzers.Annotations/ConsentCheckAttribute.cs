using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Marks a <c>bool</c> method or property whose <c>true</c> means the user has consented to sharing with
    /// <see cref="Recipients"/>. A flow that a promise puts under consent (<see cref="PrivacyPromiseAttribute.ConsentRequiredFor"/>)
    /// is allowed only where every path to the sink passes through a <c>true</c> outcome of such a check.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class ConsentCheckAttribute : Attribute
    {
        /// <summary>A consent check for the given recipients.</summary>
        /// <param name="recipients">The recipients the user consented to when the check returns <c>true</c>.</param>
        public ConsentCheckAttribute(Recipient recipients)
        {
            Recipients = recipients;
        }

        /// <summary>The recipients the user consented to when the check returns <c>true</c>.</summary>
        public Recipient Recipients { get; }
    }
}
