namespace PrivacyAnalyzers.Naming
{
    /// <summary>What a member's type says about the value it holds, as far as the name classifier cares.</summary>
    internal enum ValueKind
    {
        /// <summary>string, char[], byte[] and other text-like values.</summary>
        Text,

        /// <summary>Integers and floating-point numbers.</summary>
        Number,

        /// <summary>DateTime, DateOnly, DateTimeOffset.</summary>
        Date,

        /// <summary>Any other type (a class, a struct, a collection): the name decides.</summary>
        Other,

        /// <summary>bool, enums, regexes, validators, types: never personal data, whatever the name says.</summary>
        Excluded,
    }
}
