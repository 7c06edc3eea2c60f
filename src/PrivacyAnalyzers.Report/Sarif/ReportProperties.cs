namespace PrivacyAnalyzers.Report.Sarif
{
    /// <summary>
    /// The contract between the analyzer and the report: keys of the PRIV900 <c>Diagnostic.Properties</c>.
    /// The flow keys equal <c>PrivacyAnalyzers.Rules.DiagnosticProperties</c> (a test holds them equal);
    /// docs/privacy-report.md ("What the analyzer emits") describes them for people.
    /// </summary>
    public static class ReportProperties
    {
        public const string ReportRuleId = "PRIV900";

        /// <summary>One line of the library's summary file each (docs/configuration.md, "Libraries and packages"); no finding.</summary>
        public const string SummaryRuleId = "PRIV902";

        /// <summary><c>flow</c> (the default when absent), <c>promise</c> or <c>disclosure</c>.</summary>
        public const string Kind = "kind";

        public const string KindFlow = "flow";
        public const string KindPromise = "promise";
        public const string KindDisclosure = "disclosure";

        /// <summary>A rules file shared by the solution that the project read (at its first line).</summary>
        public const string KindSharedFile = "sharedFile";

        /// <summary>A line of a shared rules file naming a symbol the project does not know (the message says which).</summary>
        public const string KindUnresolved = "unresolved";

        public const string Category = "category";
        public const string Source = "source";
        public const string Sink = "sink";
        public const string Recipients = "recipients";
        public const string Party = "party";
        public const string Undisclosed = "undisclosed";
        public const string Verdict = "verdict";

        /// <summary>On a flow: the ids of the promises it breaks, comma separated.</summary>
        public const string BrokenPromise = "breaks";

        /// <summary>On a flow: the ids of the disclosures that describe it, comma separated.</summary>
        public const string CoveredBy = "coveredBy";

        /// <summary>On a promise or disclosure: its id (<c>P1</c>, <c>D2</c>), which flows refer to.</summary>
        public const string Id = "id";

        /// <summary>On a flow: "true" when the baseline accepts its finding.</summary>
        public const string Baselined = "baselined";

        /// <summary>On a promise: the recipients it rules out, as comma-separated words.</summary>
        public const string Never = "never";

        /// <summary>On a promise: the recipients it allows only with the user's consent, as comma-separated words.</summary>
        public const string ConsentRecipients = "consentRecipients";

        /// <summary>On a flow a promise allows only with consent: the consent checks guarding it, comma separated (empty: none).</summary>
        public const string ConsentGuard = "consentGuard";

        /// <summary>On a promise: its statement.</summary>
        public const string Statement = "statement";

        /// <summary>On a disclosure: its purpose.</summary>
        public const string Purpose = "purpose";

        /// <summary>For a promise or disclosure of a rules file, which has no source location: its path and line.</summary>
        public const string File = "file";

        public const string Line = "line";

        /// <summary>The verdict of an allowed flow.</summary>
        public const string VerdictNone = "none";
    }
}
