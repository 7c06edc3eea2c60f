namespace PrivacyAnalyzers.Rules
{
    /// <summary>Keys of <c>Diagnostic.Properties</c> on flow diagnostics (PRIV001/002/003/900), read by code fixes and the privacy report.</summary>
    public static class DiagnosticProperties
    {
        /// <summary>Category key of the data, e.g. <c>user.contact.phone_number</c>.</summary>
        public const string Category = "category";

        /// <summary>Source member display name, e.g. <c>Account.PhoneNumber</c>.</summary>
        public const string Source = "source";

        /// <summary>Sink display name, e.g. <c>FB.LogAppEvent</c>.</summary>
        public const string Sink = "sink";

        /// <summary>The sink's effective recipients as rules-file words, comma separated (<c>advertising,third_party</c>).</summary>
        public const string Recipients = "recipients";

        /// <summary>The sink's party, when known (<c>Meta</c>).</summary>
        public const string Party = "party";

        /// <summary>For PRIV002: the recipients that no disclosure covers, as rules-file words.</summary>
        public const string Undisclosed = "undisclosed";

        /// <summary>For PRIV900: the rule the flow raised (PRIV001/002/003) or "none" when it is allowed.</summary>
        public const string Verdict = "verdict";

        /// <summary>For PRIV900: the ids of the promises the flow breaks (<c>P1,P3</c>), as the promises' own PRIV900 items give them.</summary>
        public const string BrokenPromise = "breaks";

        /// <summary>For PRIV900: the ids of the disclosures that describe the flow, comma separated (<c>D1,D3</c>).</summary>
        public const string CoveredBy = "coveredBy";

        /// <summary>
        /// On flows a promise allows only with consent: the consent checks that guard the flow on every path (<c>'Consents.Analytics'</c>),
        /// or empty when none does (PRIV001).
        /// </summary>
        public const string ConsentGuard = "consentGuard";

        /// <summary>On PRIV001 for a flow without consent: the recipients the missing consent is for, as rules-file words.</summary>
        public const string ConsentNeeded = "consentNeeded";

        /// <summary>For PRIV900 promise items: the recipients the promise puts under consent, as rules-file words.</summary>
        public const string ConsentRecipients = "consentRecipients";

        /// <summary>For PRIV900 promise and disclosure items: their id (<c>P1</c>, <c>D2</c>).</summary>
        public const string Id = "id";

        /// <summary>For PRIV001: the statement of the broken promise.</summary>
        public const string Promise = "promise";

        /// <summary>On flow findings: how many additional locations are the path (source and steps); the promise, if any, follows them.</summary>
        public const string PathLength = "pathLength";

        /// <summary>On flow findings: the baseline fingerprint (<c>PRIV002;category;source ID;sink ID;containing member ID</c>).</summary>
        public const string Fingerprint = "fingerprint";

        /// <summary>On flow findings: the member around the sink expression, as a reader says it (<c>Checkout.Pay</c>).</summary>
        public const string Containing = "containing";

        /// <summary>On flow findings: "true" when the baseline accepted the finding (it is then at suggestion severity, or hidden).</summary>
        public const string Baselined = "baselined";

        /// <summary>On flow findings that may not be baselined (PRIV001 without the option): <see cref="BaselineRefused"/>.</summary>
        public const string Baseline = "baseline";

        public const string BaselineRefused = "refused";

        /// <summary>For PRIV100: "true" when the project marks no personal data at all, read by the package's first-build hint.</summary>
        public const string NothingMarked = "nothingMarked";

        /// <summary>For PRIV100: the suggested <c>DataCategory</c> constant name (<c>PhoneNumber</c>), read by its code fix.</summary>
        public const string CategoryName = "categoryName";
    }
}
