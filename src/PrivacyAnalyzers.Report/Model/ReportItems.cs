using System.Collections.Generic;

namespace PrivacyAnalyzers.Report.Model
{
    /// <summary>One flow of personal data into a sink, as one PRIV900 result describes it.</summary>
    public sealed class ReportFlow
    {
        public string Category { get; set; } = "";
        public string Source { get; set; } = "";
        public string Sink { get; set; } = "";

        /// <summary>The sink's effective recipients as rules-file words (<c>advertising</c>, <c>third_party</c>...).</summary>
        public IReadOnlyList<string> Recipients { get; set; } = new string[0];

        public string? Party { get; set; }

        /// <summary>PRIV001, PRIV002 or PRIV003 when the flow raised that rule; null when it is allowed.</summary>
        public string? DiagnosticId { get; set; }

        /// <summary>True when the flow's finding is accepted by the project's PrivacyBaseline.txt.</summary>
        public bool Baselined { get; set; }

        /// <summary>For PRIV002: the recipients no disclosure covers.</summary>
        public IReadOnlyList<string> Undisclosed { get; set; } = new string[0];

        /// <summary>The ids of the promises the analyzer found the flow to break.</summary>
        public IReadOnlyList<string> Breaks { get; set; } = new string[0];

        /// <summary>The ids of the disclosures the analyzer found to describe the flow.</summary>
        public IReadOnlyList<string> CoveredBy { get; set; } = new string[0];

        /// <summary>
        /// For a flow a promise allows only with consent: the consent checks that guard it on every path (empty: none does,
        /// PRIV001); null for flows no promise puts under consent.
        /// </summary>
        public IReadOnlyList<string>? ConsentGuard { get; set; }

        /// <summary>The expression handed to the sink.</summary>
        public CodeLocation? Location { get; set; }

        /// <summary>The source, then each step of the path, in order.</summary>
        public IReadOnlyList<CodeLocation> Path { get; set; } = new CodeLocation[0];

        /// <summary>1-based number in the report's order, set by <see cref="PrivacyReport"/>.</summary>
        public int Id { get; internal set; }
    }

    /// <summary>A line of a shared rules file that names a symbol the project does not know.</summary>
    public sealed class ReportUnresolvedLine
    {
        public CodeLocation? Location { get; set; }
        public string Message { get; set; } = "";
    }

    /// <summary>A promise of the project: data of a category never reaches these recipients.</summary>
    public sealed class ReportPromise
    {
        /// <summary>The analyzer's id of the promise (<c>P1</c>).</summary>
        public string Id { get; set; } = "";

        public string Category { get; set; } = "";
        public IReadOnlyList<string> NeverSharedWith { get; set; } = new string[0];

        /// <summary>The recipients that may receive the data only behind a consent check.</summary>
        public IReadOnlyList<string> ConsentRequiredFor { get; set; } = new string[0];

        public string Statement { get; set; } = "";
        public CodeLocation? Location { get; set; }

        /// <summary>The flows that break it, set by <see cref="PrivacyReport"/>; empty when kept.</summary>
        public IReadOnlyList<ReportFlow> BrokenBy { get; internal set; } = new ReportFlow[0];

        public bool Kept => BrokenBy.Count == 0;
    }

    /// <summary>A disclosure of the project: data of a category is shared with these recipients (of this party, if named).</summary>
    public sealed class ReportDisclosure
    {
        /// <summary>The analyzer's id of the disclosure (<c>D1</c>).</summary>
        public string Id { get; set; } = "";

        public string Category { get; set; } = "";
        public IReadOnlyList<string> Recipients { get; set; } = new string[0];
        public string? Party { get; set; }
        public string? Purpose { get; set; }
        public CodeLocation? Location { get; set; }

        /// <summary>The flows it describes, set by <see cref="PrivacyReport"/>; empty when unused.</summary>
        public IReadOnlyList<ReportFlow> UsedBy { get; internal set; } = new ReportFlow[0];

        public bool Used => UsedBy.Count > 0;
    }
}
