using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    internal enum RulesEntryKind
    {
        Source,
        Sink,
        Anonymizer,
        Promise,
        Disclosure,
        Model,
        Host,
        Consent,

        /// <summary>A library summary's <c>assembly:</c> line: the assembly identity and version it describes.</summary>
        Assembly,
    }

    /// <summary>Where a line of a rules file stands: enough to build a <c>Location</c> once the path is known.</summary>
    internal readonly struct RulesLine
    {
        public RulesLine(int number, TextSpan span, int startColumn)
        {
            Number = number;
            Span = span;
            StartColumn = startColumn;
        }

        /// <summary>Zero-based line number.</summary>
        public int Number { get; }

        /// <summary>The entry's text on the line (comments and surrounding blanks excluded).</summary>
        public TextSpan Span { get; }

        public int StartColumn { get; }

        public LinePositionSpan LineSpan => new LinePositionSpan(new LinePosition(Number, StartColumn), new LinePosition(Number, StartColumn + Span.Length));
    }

    /// <summary>One readable line of a rules file. Fields that a keyword does not use stay empty.</summary>
    internal sealed class RulesEntry
    {
        public RulesEntry(RulesEntryKind kind, RulesLine line, string? symbolId, ImmutableArray<string> categories,
            RecipientKind recipients, string? party, string? text, LibraryModel? model = null, ImmutableArray<string> sinkArguments = default,
            ImmutableArray<string> exceptParameters = default, ArgumentCondition? condition = null, RecipientKind consent = RecipientKind.None)
        {
            Consent = consent;
            Condition = condition;
            ExceptParameters = exceptParameters.IsDefault ? ImmutableArray<string>.Empty : exceptParameters;
            Model = model;
            SinkArguments = sinkArguments;
            Kind = kind;
            Line = line;
            SymbolId = symbolId;
            Categories = categories;
            Recipients = recipients;
            Party = party;
            Text = text;
        }

        /// <summary>A promise's recipients that need the user's consent (its <c>consent:</c> field).</summary>
        public RecipientKind Consent { get; }

        /// <summary>A <c>model:</c> line's transfers.</summary>
        public LibraryModel? Model { get; }

        /// <summary>A sink line's <c>args:</c> field: the parameters handed over, by name or ordinal (default: every argument).</summary>
        public ImmutableArray<string> SinkArguments { get; }

        /// <summary>
        /// A sink line keyed by an attribute (<c>[T:Acme.AuditAttribute]</c>): its <c>args: except</c> field, the parameters
        /// that are not handed over, as type IDs (by type, base type or interface) and <c>classified</c>.
        /// </summary>
        public ImmutableArray<string> ExceptParameters { get; }

        /// <summary>A source line's <c>when</c> field: the source holds only for these constant arguments.</summary>
        public ArgumentCondition? Condition { get; }

        /// <summary>A sink line whose ID is an attribute type in brackets: every method carrying that attribute is the sink.</summary>
        public bool IsAttributeKeyed => SymbolId != null && SymbolId.StartsWith("[", System.StringComparison.Ordinal);

        /// <summary>The attribute type's ID of an attribute-keyed line, without the brackets.</summary>
        public string? AttributeTypeId => IsAttributeKeyed ? SymbolId!.Substring(1, SymbolId.Length - 2) : null;

        public RulesEntry WithModel(LibraryModel model) => new RulesEntry(Kind, Line, SymbolId, Categories, Recipients, Party, Text, model, SinkArguments, ExceptParameters, Condition, Consent);

        public RulesEntry WithSinkArguments(ImmutableArray<string> ordinals) => new RulesEntry(Kind, Line, SymbolId, Categories, Recipients, Party, Text, Model, ordinals, ExceptParameters, Condition, Consent);

        public RulesEntry WithText(string text) => new RulesEntry(Kind, Line, SymbolId, Categories, Recipients, Party, text, Model, SinkArguments, ExceptParameters, Condition, Consent);

        public RulesEntry WithCondition(ArgumentCondition condition) => new RulesEntry(Kind, Line, SymbolId, Categories, Recipients, Party, Text, Model, SinkArguments, ExceptParameters, condition, Consent);

        public RulesEntry WithExceptParameters(ImmutableArray<string> except) => new RulesEntry(Kind, Line, SymbolId, Categories, Recipients, Party, Text, Model, SinkArguments, except, Condition, Consent);

        public RulesEntryKind Kind { get; }
        public RulesLine Line { get; }

        /// <summary>Documentation-comment ID for source, sink and anonymizer lines (in brackets for an attribute-keyed sink).</summary>
        public string? SymbolId { get; }

        /// <summary>Source categories, the categories an anonymizer clears (empty: all), or the one promised/disclosed category.</summary>
        public ImmutableArray<string> Categories { get; }

        /// <summary>Sink or host recipients (none for an <c>internal</c> host), a promise's never-shared-with set, a disclosure's recipients, or what a consent check's <c>true</c> consents to.</summary>
        public RecipientKind Recipients { get; }

        public string? Party { get; }

        /// <summary>
        /// A promise's statement, a disclosure's purpose, a host line's lower-case host pattern, a summary sink's inner sink
        /// (<c>via:</c>), or an <c>assembly:</c> line's "Name, Version=1.2.3.4".
        /// </summary>
        public string? Text { get; }
    }

    /// <summary>A line that cannot be used, with the reason (reported as PRIV010).</summary>
    internal sealed class RulesProblem
    {
        public RulesProblem(RulesLine line, string message)
        {
            Line = line;
            Message = message;
        }

        public RulesLine Line { get; }
        public string Message { get; }
    }

    /// <summary>A parsed rules file: independent of any compilation, so it is shared by all that see the same text.</summary>
    internal sealed class RulesFile
    {
        public RulesFile(ImmutableArray<RulesEntry> entries, ImmutableArray<RulesProblem> problems)
        {
            Entries = entries;
            Problems = problems;
        }

        public ImmutableArray<RulesEntry> Entries { get; }
        public ImmutableArray<RulesProblem> Problems { get; }
    }
}
