using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Reads the rules-file format (docs/configuration.md): <c>keyword: field ; field ; ...</c>, one entry a line,
    /// <c>#</c> starts a comment anywhere. A bad line becomes a <see cref="RulesProblem"/> and is ignored as a
    /// whole; the other lines still apply. Parsing needs no compilation, so results are memoized by content.
    /// </summary>
    internal static partial class RulesFileParser
    {
        private const int MemoCapacity = 256;
        private static readonly ConcurrentDictionary<string, RulesFile> Memo = new ConcurrentDictionary<string, RulesFile>(StringComparer.Ordinal);

        /// <summary>Parses per content (a thread-safe memo type, like <see cref="Memo"/>), for tests to watch.</summary>
        private static readonly ConcurrentDictionary<string, int> ParseCounts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        /// <summary>In an attribute-keyed sink's 'args: except': parameters carrying a data classification (a generator redacts them).</summary>
        internal const string Classified = "classified";

        /// <summary>An attribute-keyed sink's fourth field: what each method carrying the attribute returns is handed over.</summary>
        internal const string Returns = "returns";

        private const string Keywords = "source, sink, anonymizer, promise, consent, disclosure, model, host or assembly";
        private const string RecipientWords = "processor, affiliate, third_party, advertising, analytics, logging, ai_provider";

        /// <summary>How many times this content was actually parsed (not served from the memo).</summary>
        internal static int ParseCountOf(string content) => ParseCounts.TryGetValue(content, out var count) ? count : 0;

        /// <summary>Parses <paramref name="text"/>, or returns the result of an earlier parse of the same content.</summary>
        public static RulesFile ParseCached(SourceText text)
        {
            var content = text.ToString();
            if (Memo.TryGetValue(content, out var cached))
            {
                return cached;
            }

            if (Memo.Count >= MemoCapacity)
            {
                // Old versions of an edited file pile up in the IDE; a rare reset is cheaper than bookkeeping.
                Memo.Clear();
                ParseCounts.Clear();
            }

            return Memo.GetOrAdd(content, _ => Parse(text));
        }

        /// <summary>
        /// Where the comment of a line starts: its first <c>#</c>, except the one of a constructor's documentation ID
        /// (<c>M:Acme.Order.#ctor(System.String)</c>, <c>.#cctor</c>), which no comment starts with.
        /// </summary>
        internal static int CommentStart(string line)
        {
            for (var hash = line.IndexOf('#'); hash >= 0; hash = line.IndexOf('#', hash + 1))
            {
                var constructor = hash > 0 && line[hash - 1] == '.'
                    && (string.CompareOrdinal(line, hash + 1, "ctor", 0, 4) == 0 || string.CompareOrdinal(line, hash + 1, "cctor", 0, 5) == 0);
                if (!constructor)
                {
                    return hash;
                }
            }

            return -1;
        }

        public static RulesFile Parse(SourceText text)
        {
            ParseCounts.AddOrUpdate(text.ToString(), 1, (_, count) => count + 1);
            var entries = ImmutableArray.CreateBuilder<RulesEntry>();
            var problems = ImmutableArray.CreateBuilder<RulesProblem>();
            foreach (var textLine in text.Lines)
            {
                // A byte-order mark can survive as text when a file is read without decoding it.
                var raw = textLine.ToString().Replace("\uFEFF", " ");
                var hash = CommentStart(raw);
                var content = hash >= 0 ? raw.Substring(0, hash) : raw;
                var trimmed = content.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                var column = content.IndexOf(trimmed, StringComparison.Ordinal);
                var line = new RulesLine(textLine.LineNumber, new TextSpan(textLine.Start + column, trimmed.Length), column);
                var entry = ParseLine(trimmed, line, out var problem);
                if (entry != null)
                {
                    entries.Add(entry);
                }
                else
                {
                    problems.Add(new RulesProblem(line, problem!));
                }
            }

            return new RulesFile(entries.ToImmutable(), problems.ToImmutable());
        }

        private static RulesEntry? ParseLine(string content, RulesLine line, out string? problem)
        {
            var colon = content.IndexOf(':');
            if (colon <= 0)
            {
                problem = $"Cannot read '{content}': expected 'keyword: ...' with keyword {Keywords}";
                return null;
            }

            var keyword = content.Substring(0, colon).Trim();
            var fields = content.Substring(colon + 1).Split(';');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            var reader = new LineReader(line, fields);
            var entry = keyword switch
            {
                "source" => reader.Source(),
                "sink" => reader.Sink(),
                "anonymizer" => reader.Anonymizer(),
                "promise" => reader.Promise(),
                "consent" => reader.Consent(),
                "disclosure" => reader.Disclosure(),
                "model" => reader.Model(),
                "host" => reader.Host(),
                "assembly" => reader.Assembly(),
                _ => reader.Fail($"Unknown keyword '{keyword}': expected {Keywords}"),
            };
            problem = reader.Problem;
            return entry;
        }

        /// <summary>Reads the fields of one line; the first failure wins and the line yields no entry.</summary>
        private sealed partial class LineReader
        {
            private readonly RulesLine _line;
            private readonly string[] _fields;

            public LineReader(RulesLine line, string[] fields)
            {
                _line = line;
                _fields = fields;
            }

            public string? Problem { get; private set; }

            public RulesEntry? Fail(string message)
            {
                Problem ??= message;
                return null;
            }

            // source: ID ; category[, category...] [; when parameter = "value"[, "value"...]]
            public RulesEntry? Source()
            {
                if (!Arity("source", "ID ; categories ; when parameter = \"value\"", 2, 3))
                {
                    return null;
                }

                var id = SymbolId(_fields[0]);
                var categories = Categories(_fields[1], required: true);
                ArgumentCondition? condition = null;
                if (Optional(2) is { } when && !ArgumentCondition.TryParse(when, out condition, out var problem))
                {
                    return Fail(problem!);
                }

                if (Problem == null && condition != null && !id.StartsWith("M:", StringComparison.Ordinal))
                {
                    return Fail($"'{_fields[2]}' needs a method: only a call has arguments (found '{id}')");
                }

                var entry = Problem == null ? Create(RulesEntryKind.Source, id, categories, RecipientKind.None, null, null) : null;
                return condition != null ? entry?.WithCondition(condition) : entry;
            }

            // model: ID ; transfer [; transfer...]
            public RulesEntry? Model()
            {
                if (!Arity("model", "ID ; transfers", 2, int.MaxValue))
                {
                    return null;
                }

                var id = SymbolId(_fields[0]);
                var transfers = ImmutableArray.CreateBuilder<ModelTransfer>();
                for (var i = 1; i < _fields.Length && Problem == null; i++)
                {
                    if (!ModelSyntax.TryParse(_fields[i], out var transfer, out var problem))
                    {
                        return Fail(problem!);
                    }

                    if (transfer != null)
                    {
                        transfers.Add(transfer);
                    }
                }

                return Problem == null ? Create(RulesEntryKind.Model, id, ImmutableArray<string>.Empty, RecipientKind.None, null, null).WithModel(new LibraryModel(transfers.ToImmutable())) : null;
            }

            // anonymizer: ID ; [categories]  (none: it clears every category)
            public RulesEntry? Anonymizer()
            {
                if (!Arity("anonymizer", "ID ; categories", 1, 2))
                {
                    return null;
                }

                var id = SymbolId(_fields[0]);
                var categories = Categories(Optional(1) ?? "", required: false);
                return Problem == null ? Create(RulesEntryKind.Anonymizer, id, categories, RecipientKind.None, null, null) : null;
            }

            // disclosure: category ; recipients ; [party] ; [purpose]
            public RulesEntry? Disclosure()
            {
                if (!Arity("disclosure", "category ; recipients ; party ; purpose", 2, 4))
                {
                    return null;
                }

                var category = Categories(_fields[0], required: true);
                var recipients = Recipients(_fields[1]);
                if (Problem == null && category.Length != 1)
                {
                    return Fail("A disclosure names exactly one category");
                }

                return Problem == null ? Create(RulesEntryKind.Disclosure, null, category, recipients, Optional(2), Optional(3)) : null;
            }

            // assembly: Name, Version=1.2.3.4 (a library summary's first line: the assembly it describes)
            public RulesEntry? Assembly()
            {
                if (!Arity("assembly", "Name, Version=1.2.3.4", 1, 1))
                {
                    return null;
                }

                var comma = _fields[0].IndexOf(',');
                var version = comma < 0 ? "" : _fields[0].Substring(comma + 1).Trim();
                const string Prefix = "Version=";
                if (comma <= 0 || !version.StartsWith(Prefix, StringComparison.Ordinal) || !Version.TryParse(version.Substring(Prefix.Length), out _))
                {
                    return Fail($"'{_fields[0]}' names no assembly: expected 'assembly: Name, Version=1.2.3.4'");
                }

                return Create(RulesEntryKind.Assembly, null, ImmutableArray<string>.Empty, RecipientKind.None, null, _fields[0].Substring(0, comma).Trim() + ", " + version);
            }

            // host: name-or-wildcard ; recipients | internal ; [party]
            public RulesEntry? Host()
            {
                if (!Arity("host", "host ; recipients or internal ; party", 2, 3))
                {
                    return null;
                }

                var pattern = _fields[0].ToLowerInvariant();
                if (!HostPatterns.IsWellFormed(pattern))
                {
                    return Fail($"'{_fields[0]}' is not a host name: expected a name such as crm.acme.com or a wildcard such as *.internal.acme.net");
                }

                // internal: requests to the host stay in-house, whatever a wider wildcard or the unknown-host option says.
                var recipients = _fields[1] == "internal" ? RecipientKind.None : Recipients(_fields[1]);
                return Problem == null ? Create(RulesEntryKind.Host, null, ImmutableArray<string>.Empty, recipients, Optional(2), pattern) : null;
            }

            private RulesEntry Create(RulesEntryKind kind, string? id, ImmutableArray<string> categories, RecipientKind recipients, string? party, string? text, RecipientKind consent) =>
                new RulesEntry(kind, _line, id, categories, recipients, party, text, consent: consent);

            private RulesEntry Create(RulesEntryKind kind, string? id, ImmutableArray<string> categories, RecipientKind recipients, string? party, string? text) =>
                new RulesEntry(kind, _line, id, categories, recipients, party, text);

            private bool Arity(string keyword, string shape, int min, int max)
            {
                var count = _fields.Length;
                if (count >= min && count <= max && _fields[0].Length > 0)
                {
                    return true;
                }

                var range = max == int.MaxValue ? " or more" : max > min ? " to " + max : "";
                Fail($"'{keyword}:' expects '{keyword}: {shape}' ({min}{range} fields separated by ';'), found {count}");
                return false;
            }

            private string? Optional(int index) => _fields.Length > index && _fields[index].Length > 0 ? _fields[index] : null;

            private string SymbolId(string id)
            {
                if (!SymbolIds.IsWellFormed(id))
                {
                    Fail($"'{id}' is not a documentation-comment ID: expected M:, P:, F:, T: or N: and a dotted name (a trailing '*' matches a member-name prefix)");
                }

                return id;
            }

            private ImmutableArray<string> Categories(string list, bool required)
            {
                var result = ImmutableArray.CreateBuilder<string>();
                foreach (var part in list.Split(','))
                {
                    var key = part.Trim();
                    if (key.Length == 0)
                    {
                        continue;
                    }

                    if (!CategoryKey.IsValid(key))
                    {
                        Fail($"'{key}' is not a valid category key: expected lower-case dotted segments such as user.contact.phone_number");
                    }

                    result.Add(key);
                }

                if (required && result.Count == 0)
                {
                    Fail("A category is missing");
                }

                return result.ToImmutable();
            }

            private RecipientKind Recipients(string list)
            {
                var result = RecipientKind.None;
                foreach (var part in list.Split(','))
                {
                    var word = part.Trim();
                    if (word.Length == 0)
                    {
                        continue;
                    }

                    if (!RecipientKinds.TryParseWord(word, out var kind))
                    {
                        Fail($"Unknown recipient '{word}': expected {RecipientWords}");
                    }

                    result |= kind;
                }

                if (result == RecipientKind.None)
                {
                    Fail($"No recipient named: expected one or more of {RecipientWords}");
                }

                return result;
            }
        }
    }
}
