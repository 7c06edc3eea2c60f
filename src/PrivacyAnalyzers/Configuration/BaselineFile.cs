using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>One line of <c>PrivacyBaseline.txt</c>: the fingerprint of an accepted finding, and where the line is.</summary>
    internal sealed class BaselineEntry
    {
        public BaselineEntry(string ruleId, string fingerprint, Location location)
        {
            RuleId = ruleId;
            Fingerprint = fingerprint;
            Location = location;
        }

        public string RuleId { get; }

        /// <summary><c>PRIV002;category;source;sink;containing</c>, as <see cref="BaselineFile.Fingerprint"/> writes it.</summary>
        public string Fingerprint { get; }

        public Location Location { get; }
    }

    /// <summary>
    /// Reads <c>PrivacyBaseline.txt</c>: one finding a line, five fields separated by <c>;</c> (rule, category,
    /// and the documentation IDs of the source, the sink and the containing member), then an optional comment
    /// that starts with <c>#</c> after a space (documentation IDs hold no spaces, but constructors' hold <c>#</c>).
    /// A line that starts with <c>#</c> is a comment. A line that cannot be read is a PRIV010 at that line.
    /// </summary>
    internal static class BaselineFile
    {
        public const string FileName = "PrivacyBaseline.txt";
        public const char Separator = ';';
        private const int FieldCount = 5;

        private static readonly ImmutableArray<string> BaselinedRules = ImmutableArray.Create(
            RuleIdentifiers.PromiseBroken, RuleIdentifiers.UndisclosedSharing, RuleIdentifiers.UndisclosedLogging);

        public static bool IsBaselineFile(string path) => string.Equals(Path.GetFileName(path), FileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>The fingerprint of a finding from its fields, in the one canonical spelling.</summary>
        public static string Fingerprint(string ruleId, string category, string source, string sink, string containing) =>
            string.Join(Separator.ToString(), ruleId, category, source, sink, containing);

        /// <summary>The entries of <paramref name="text"/>; bad lines (and PRIV001 lines the options do not allow) go to <paramref name="problems"/>.</summary>
        public static ImmutableArray<BaselineEntry> Read(string path, SourceText text, bool allowPromiseBreaks, List<Diagnostic> problems)
        {
            var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
            foreach (var line in text.Lines)
            {
                var content = StripComment(line.ToString()).Trim();
                if (content.Length == 0)
                {
                    continue;
                }

                var location = Location.Create(path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                var fields = content.Split(Separator).Select(f => f.Trim()).ToArray();
                if (Problem(fields, allowPromiseBreaks) is { } problem)
                {
                    problems.Add(Diagnostic.Create(RuleDescriptors.MalformedAnnotation, location, "Baseline line cannot be used: " + problem));
                    continue;
                }

                entries.Add(new BaselineEntry(fields[0], Fingerprint(fields[0], fields[1], fields[2], fields[3], fields[4]), location));
            }

            return entries.ToImmutable();
        }

        private static string? Problem(string[] fields, bool allowPromiseBreaks)
        {
            if (fields.Length != FieldCount || fields.Any(f => f.Length == 0 || f.Any(char.IsWhiteSpace)))
            {
                return "expected 'rule ; category ; source ID ; sink ID ; containing member ID', each without spaces";
            }

            if (!BaselinedRules.Contains(fields[0]))
            {
                return $"'{fields[0]}' is not a rule that can be baselined ({string.Join(", ", BaselinedRules)})";
            }

            return fields[0] == RuleIdentifiers.PromiseBroken && !allowPromiseBreaks
                ? $"a broken promise (PRIV001) is baselined only with '{PrivacyOptions.BaselineAllowsPromiseBreaksKey} = true'"
                : null;
        }

        /// <summary>The line without its comment: from a leading <c>#</c>, or a <c>#</c> after whitespace.</summary>
        private static string StripComment(string line)
        {
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                {
                    return line.Substring(0, i);
                }
            }

            return line;
        }
    }
}
