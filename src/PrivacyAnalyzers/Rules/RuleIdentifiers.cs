namespace PrivacyAnalyzers.Rules
{
    /// <summary>Every diagnostic ID the package reports. Pages live in docs/rules/{ID}.md.</summary>
    public static class RuleIdentifiers
    {
        public const string PromiseBroken = "PRIV001";
        public const string UndisclosedSharing = "PRIV002";
        public const string UndisclosedLogging = "PRIV003";
        public const string MalformedAnnotation = "PRIV010";
        public const string StaleBaselineEntry = "PRIV011";
        public const string UnjustifiedSuppression = "PRIV012";
        public const string UnmarkedLibraryExposure = "PRIV020";

        /// <summary>Info: a referenced library's summary file describes another version of the assembly and is ignored.</summary>
        public const string StaleLibrarySummary = "PRIV013";
        public const string UnmarkedPersonalData = "PRIV100";

        /// <summary>Hidden, off by default: one per flow into any sink, for the privacy report.</summary>
        public const string FlowReport = "PRIV900";

        /// <summary>Info: a method too large for the flow engine's work budget was approximated.</summary>
        public const string AnalysisIncomplete = "PRIV901";

        /// <summary>Off by default: one line of a library's summary file each, for the build step that writes it.</summary>
        public const string LibrarySummaryLine = "PRIV902";

        public const string HelpLinkBase = "https://github.com/privacyanalyzers/privacyanalyzers/blob/main/docs/rules/";

        public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
    }
}
