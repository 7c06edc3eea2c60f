using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>The one registry of descriptors: every rule is created here with its help link.</summary>
    internal static class RuleDescriptors
    {
        private const string Category = "Privacy";

        public static readonly DiagnosticDescriptor PromiseBroken = Create(
            RuleIdentifiers.PromiseBroken,
            "Personal data breaks a privacy promise",
            "{0} from {1} reaches {2} sink '{3}'{4}, breaking the promise \"{5}\"",
            DiagnosticSeverity.Error,
            "Personal data reaches a sink whose recipients a privacy promise covering its category rules out.");

        public static readonly DiagnosticDescriptor UndisclosedSharing = Create(
            RuleIdentifiers.UndisclosedSharing,
            "Personal data is shared without a disclosure",
            "{0} from {1} reaches {2} sink '{3}'{4}, and no disclosure covers {0} for {5}{6}",
            DiagnosticSeverity.Warning,
            "Personal data reaches an affiliate, third-party, advertising, analytics or AI-provider sink that no disclosure covers.");

        public static readonly DiagnosticDescriptor UndisclosedLogging = Create(
            RuleIdentifiers.UndisclosedLogging,
            "Personal data is logged without a disclosure",
            "{0} from {1} reaches {2} sink '{3}'{4}, and no disclosure covers logging it",
            DiagnosticSeverity.Warning,
            "Personal data reaches a logging sink and no disclosure covers it.");

        public static readonly DiagnosticDescriptor StaleLibrarySummary = Create(
            RuleIdentifiers.StaleLibrarySummary,
            "Library summary ignored: it describes another assembly version",
            "{0}",
            DiagnosticSeverity.Info,
            "A referenced library's privacy summary names an assembly identity or version that this compilation does not reference; it is ignored, so a stale file never changes the analysis.");

        public static readonly DiagnosticDescriptor MalformedAnnotation = Create(
            RuleIdentifiers.MalformedAnnotation,
            "Malformed privacy annotation or rules-file line",
            "{0}",
            DiagnosticSeverity.Warning,
            "A privacy annotation or rules-file line cannot be used as written; it is ignored until fixed.");

        public static readonly DiagnosticDescriptor StaleBaselineEntry = Create(
            RuleIdentifiers.StaleBaselineEntry,
            "Baseline entry matches no finding",
            "This baseline entry matches no finding any more: remove the line ({0})",
            DiagnosticSeverity.Info,
            "An entry of PrivacyBaseline.txt matches no finding of the compilation: the finding was fixed or moved, so the line can go and the baseline only shrinks.");

        public static readonly DiagnosticDescriptor UnjustifiedSuppression = Create(
            RuleIdentifiers.UnjustifiedSuppression,
            "Suppression of a privacy rule gives no reason",
            "{0} suppresses {1} without a reason: {2}",
            DiagnosticSeverity.Warning,
            "A '#pragma warning disable' of a privacy rule without a comment on its line, or a [SuppressMessage] for one without a Justification, hides a privacy finding without saying why.");

        public static readonly DiagnosticDescriptor UnmarkedLibraryExposure = Create(
            RuleIdentifiers.UnmarkedLibraryExposure,
            "Public API exposes personal data without [PersonalData]",
            "'{0}' exposes {1} from '{2}' without [PersonalData], so referencing projects lose track of it",
            DiagnosticSeverity.Info,
            "A public or protected member returns or exposes personal data without [PersonalData] on it.");

        public static readonly DiagnosticDescriptor UnmarkedPersonalData = Create(
            RuleIdentifiers.UnmarkedPersonalData,
            "Name suggests personal data that is not marked",
            "'{0}' looks like personal data ({1}) but carries no [PersonalData]",
            DiagnosticSeverity.Info,
            "A field, property or parameter whose name says it is personal data carries no [PersonalData].");

        public static readonly DiagnosticDescriptor FlowReport = new DiagnosticDescriptor(
            RuleIdentifiers.FlowReport,
            "Flow of personal data into a sink (privacy report)",
            "{0}",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: false,
            description: "Reports every flow of personal data into a sink, for the privacy report. Off unless the build asks for the report.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.FlowReport));

        public static readonly DiagnosticDescriptor LibrarySummaryLine = new DiagnosticDescriptor(
            RuleIdentifiers.LibrarySummaryLine,
            "A line of the library's privacy summary",
            "{0}",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: false,
            description: "One line of <Assembly>.PrivacySummary.txt, which the build writes beside a library so that referencing projects know what its members do with personal data. Off unless the build writes the summary.",
            helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.LibrarySummaryLine));

        public static readonly DiagnosticDescriptor AnalysisIncomplete = Create(
            RuleIdentifiers.AnalysisIncomplete,
            "Flow analysis of a method stopped at an engine limit",
            "Flow analysis of '{0}' reached the engine's {1}: its result is an approximation (past the work budget, flows into sinks inside it are not reported and callers see it return what it is given)",
            DiagnosticSeverity.Info,
            "The flow engine gives each method a bounded amount of work so that builds always finish; this method needed more, so it was approximated.");

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            PromiseBroken, UndisclosedSharing, UndisclosedLogging, MalformedAnnotation, StaleLibrarySummary, StaleBaselineEntry, UnjustifiedSuppression,
            UnmarkedLibraryExposure, UnmarkedPersonalData, FlowReport, AnalysisIncomplete, LibrarySummaryLine);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
            new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true,
                description: description, helpLinkUri: RuleIdentifiers.GetHelpUri(id));
    }
}
