using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tests.Samples;

/// <summary>
/// Scores the analyzer against samples/Orders, a service written without looking at the engine. Its leaks
/// are marked on their lines with <c>// LEAK: PRIVnnn</c>; every other line is expected to stay silent (the
/// look-alikes are marked <c>// CLEAN</c>). The test reads the expectations from those markers, analyzes
/// the sample's sources in process, and prints found leaks, missed leaks, false alarms and wrong rules.
/// It passes when every difference is a <see cref="KnownGaps"/> entry, and fails both on a new difference and
/// on an entry that no longer occurs, so the list only shrinks.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public sealed partial class OrdersSampleTests(ITestOutputHelper output)
{
    /// <summary>
    /// What the analyzer gets wrong on the sample today: file, line, the rule at stake (for a miss, the marked
    /// rule; for a false alarm or a wrong rule, the reported one) and why. Remove an entry when it is fixed.
    /// </summary>
    private static readonly KnownGap[] KnownGaps = [];

    private static readonly (string Id, string Version)[] Packages =
    {
        ("Microsoft.AspNetCore.App.Ref", "8.0.0"),
        ("Microsoft.Extensions.Logging.Abstractions", "8.0.2"),
        ("Microsoft.Extensions.AI.Abstractions", "10.11.0"),
    };

    /// <summary>The implicit usings of a Microsoft.NET.Sdk.Web project.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    [GeneratedRegex(@"//\s*LEAK:\s*(PRIV\d{3})\b")]
    private static partial Regex LeakMarker();

    [GeneratedRegex(@"//\s*CLEAN\b")]
    private static partial Regex CleanMarker();

    [Fact]
    public async Task Analyzer_reports_the_planted_leaks_except_the_known_gaps()
    {
        var directory = RepositoryPaths.Combine("samples", "Orders");
        var sources = SampleSources(directory);
        var leaks = new List<Finding>();
        var cleanLines = new HashSet<(string File, int Line)>();
        foreach (var (file, text) in sources)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (LeakMarker().Match(lines[i]) is { Success: true } leak)
                {
                    leaks.Add(new Finding(file, i + 1, leak.Groups[1].Value));
                }
                else if (CleanMarker().IsMatch(lines[i]))
                {
                    cleanLines.Add((file, i + 1));
                }
            }
        }

        Assert.NotEmpty(leaks);
        var reported = await AnalyzeAsync(sources);

        var leakLines = leaks.Select(l => (l.File, l.Line)).ToHashSet();
        var found = leaks.Where(reported.Contains).ToList();
        var differences = new List<Difference>();
        foreach (var leak in leaks.Where(l => !reported.Contains(l)))
        {
            var atLine = reported.Where(r => r.File == leak.File && r.Line == leak.Line).ToList();
            if (atLine.Count == 0)
            {
                differences.Add(new Difference(GapKind.Missed, leak, leak.Rule));
            }
            else
            {
                differences.AddRange(atLine.Select(r => new Difference(GapKind.WrongRule, r, leak.Rule)));
            }
        }

        // A leak line that also carries another rule besides the marked one: the extra rule is wrong too.
        differences.AddRange(reported
            .Where(r => leakLines.Contains((r.File, r.Line)) && !leaks.Contains(r) && found.Any(f => f.File == r.File && f.Line == r.Line))
            .Select(r => new Difference(GapKind.WrongRule, r, leaks.First(l => l.File == r.File && l.Line == r.Line).Rule)));
        differences.AddRange(reported
            .Where(r => !leakLines.Contains((r.File, r.Line)))
            .Select(r => new Difference(GapKind.FalseAlarm, r, cleanLines.Contains((r.File, r.Line)) ? "CLEAN" : "-")));

        var known = KnownGaps.Select(g => (g.Kind, new Finding(g.File, g.Line, g.Rule))).ToHashSet();
        var actual = differences.Select(d => (d.Kind, d.At)).ToHashSet();
        var unlisted = differences.Where(d => !known.Contains((d.Kind, d.At))).ToList();
        var fixedGaps = KnownGaps.Where(g => !actual.Contains((g.Kind, new Finding(g.File, g.Line, g.Rule)))).ToList();

        output.WriteLine(Table(leaks, cleanLines.Count, found, differences, unlisted, fixedGaps));

        Assert.True(
            unlisted.Count == 0 && fixedGaps.Count == 0,
            $"{unlisted.Count} difference(s) not in KnownGaps, {fixedGaps.Count} KnownGaps entr(ies) that no longer occur:\n"
            + string.Join("\n", unlisted.Select(d => $"  new   {d}"))
            + (unlisted.Count > 0 && fixedGaps.Count > 0 ? "\n" : "")
            + string.Join("\n", fixedGaps.Select(g => $"  fixed {g.Kind} {g.File}:{g.Line}:{g.Rule} (remove it from KnownGaps)")));
    }

    /// <summary>The sample's .cs files, as its csproj compiles them, by path relative to the sample.</summary>
    private static List<(string File, string Text)> SampleSources(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Select(path => (File: Path.GetRelativePath(directory, path).Replace('\\', '/'), Path: path))
            .Where(f => !f.File.StartsWith("obj/", StringComparison.Ordinal) && !f.File.StartsWith("bin/", StringComparison.Ordinal))
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .Select(f => (f.File, File.ReadAllText(f.Path).Replace("\r\n", "\n")))
            .ToList();

    /// <summary>Compiles the sample (it must compile cleanly) and returns the flow rules' findings by file, line and rule.</summary>
    private static async Task<HashSet<Finding>> AnalyzeAsync(List<(string File, string Text)> sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, path: s.File, encoding: Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "ImplicitUsings.g.cs", encoding: Encoding.UTF8));
        var compilation = CSharpCompilation.Create(
            "Orders",
            trees,
            ReferenceSets.Net80With(Packages),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The sample does not compile:\n" + string.Join("\n", errors.Take(20)));

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PrivacyFlowAnalyzer(), new MalformedAnnotationAnalyzer());
        var diagnostics = await compilation
            .WithAnalyzers(analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
            .GetAnalyzerDiagnosticsAsync();

        return diagnostics
            .Where(d => IsScored(d.Id))
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return d.Location.IsInSource
                    ? new Finding(span.Path, span.StartLinePosition.Line + 1, d.Id)
                    : new Finding("(no location)", 0, d.Id);
            })
            .ToHashSet();
    }

    /// <summary>The flow rules are scored; naming hints, library hints, malformed annotations and report flows are not.</summary>
    private static bool IsScored(string id) =>
        id is not (RuleIdentifiers.UnmarkedPersonalData or RuleIdentifiers.UnmarkedLibraryExposure or RuleIdentifiers.MalformedAnnotation) && !id.StartsWith("PRIV9", StringComparison.Ordinal);

    private static string Table(
        List<Finding> leaks,
        int cleanCount,
        List<Finding> found,
        List<Difference> differences,
        List<Difference> unlisted,
        List<KnownGap> fixedGaps)
    {
        var missed = differences.Where(d => d.Kind == GapKind.Missed).ToList();
        var wrong = differences.Where(d => d.Kind == GapKind.WrongRule).ToList();
        var falseAlarms = differences.Where(d => d.Kind == GapKind.FalseAlarm).ToList();
        var text = new StringBuilder();
        text.AppendLine($"samples/Orders: {leaks.Count} planted leaks ({Counts(leaks)}), {cleanCount} CLEAN look-alikes");
        text.AppendLine($"found {found.Count}, missed {missed.Count}, wrong rule {wrong.Count}, false alarms {falseAlarms.Count} ({falseAlarms.Count(f => f.Note == "CLEAN")} on CLEAN lines)");
        text.AppendLine($"differences not in KnownGaps: {unlisted.Count}; KnownGaps entries no longer occurring: {fixedGaps.Count}");
        Section("FOUND", found.Select(f => $"{f.File}:{f.Line} {f.Rule}"));
        Section("MISSED (marked LEAK, nothing reported)", missed.Select(d => $"{d.At.File}:{d.At.Line} {d.At.Rule}{Listed(d)}"));
        Section("WRONG RULE (reported, marked)", wrong.Select(d => $"{d.At.File}:{d.At.Line} {d.At.Rule}, marked {d.Note}{Listed(d)}"));
        Section("FALSE ALARMS (reported, line not marked LEAK)", falseAlarms.Select(d => $"{d.At.File}:{d.At.Line} {d.At.Rule}{(d.Note == "CLEAN" ? " [CLEAN line]" : "")}{Listed(d)}"));
        return text.ToString();

        void Section(string title, IEnumerable<string> rows)
        {
            var list = rows.OrderBy(r => r, StringComparer.Ordinal).ToList();
            text.AppendLine($"-- {title}: {list.Count}");
            foreach (var row in list)
            {
                text.AppendLine("   " + row);
            }
        }

        string Listed(Difference d) => unlisted.Contains(d) ? "   <-- not in KnownGaps" : "";
    }

    private static string Counts(IEnumerable<Finding> findings) =>
        string.Join(", ", findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    private enum GapKind
    {
        Missed,
        FalseAlarm,
        WrongRule,
    }

    private readonly record struct Finding(string File, int Line, string Rule);

    /// <summary>A difference from the markers; <see cref="Note"/> is the marked rule of a wrong rule, or whether a false alarm sits on a CLEAN line.</summary>
    private sealed record Difference(GapKind Kind, Finding At, string Note)
    {
        public override string ToString() => $"{Kind} {At.File}:{At.Line}:{At.Rule}" + (Kind == GapKind.WrongRule ? $" (marked {Note})" : "");
    }

    private sealed record KnownGap(GapKind Kind, string File, int Line, string Rule, string Reason);
}
