using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Who receives data handed to a sink, and what for. Flags: a sink may have several.
    /// <see cref="Processor"/>, <see cref="Affiliate"/> and <see cref="ThirdParty"/> say who receives it;
    /// <see cref="Advertising"/>, <see cref="Analytics"/> and <see cref="AIProvider"/> say what for.
    /// </summary>
    [Flags]
    public enum Recipient
    {
        /// <summary>Nobody.</summary>
        None = 0,

        /// <summary>Acts for us under contract: e-mail delivery, payments, hosting.</summary>
        Processor = 1,

        /// <summary>Another company of the same group, such as a parent company.</summary>
        Affiliate = 2,

        /// <summary>An independent company.</summary>
        ThirdParty = 4,

        /// <summary>Ad targeting, attribution or audience matching.</summary>
        Advertising = 8,

        /// <summary>Product analytics and telemetry.</summary>
        Analytics = 16,

        /// <summary>Logs, traces, console, crash and error reports. Alone, it stays in-house.</summary>
        Logging = 32,

        /// <summary>A hosted AI model.</summary>
        AIProvider = 64,
    }
}
