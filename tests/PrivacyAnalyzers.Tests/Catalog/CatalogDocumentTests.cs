using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// docs/catalog.md is generated from the embedded catalog files. This test keeps them in step; run it with
/// <c>PRIVACY_UPDATE_DOCS=1</c> to rewrite the page after editing a file under src/PrivacyAnalyzers/Catalog.
/// </summary>
public class CatalogDocumentTests
{
    private static readonly Regex Citation = new(
        @"package [A-Za-z0-9.]+ [\d.]+(?:-[\w.]+)?(?: \([^)]*\))?(?: and [\d.]+(?: \([^)]*\))?)?|source [\w-]+/[\w.-]+@[0-9a-f]{7}(?: [\w./-]+)?|\.NET 8 reference assemblies");

    [Fact]
    public void CatalogPageMatchesTheEmbeddedCatalog()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "catalog.md");
        var expected = Render(RulesLoader.ReadCatalogFiles());
        if (Environment.GetEnvironmentVariable("PRIVACY_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/catalog.md is missing: run the tests with PRIVACY_UPDATE_DOCS=1");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    [Fact]
    public void RenderListsEveryEntryOnceWithItsCitation()
    {
        var page = Render(RulesLoader.ReadCatalogFiles());

        Assert.All(RulesLoader.BuiltInCatalog.Entries, e => Assert.Single(Regex.Matches(page, Regex.Escape($"| {Code(Key(e))} |"))));
        Assert.DoesNotContain("|  |\n", page); // every row cites its source
        Assert.Contains("| `M:Facebook.Unity.FB.LogAppEvent` | advertising, third-party | Meta | source facebook/facebook-sdk-for-unity@a161fc2 Facebook.Unity/FB.cs |", page);
        Assert.Contains("| `api.openai.com` | ai-provider, third-party | OpenAI | package OpenAI 2.15.0 |", page);
        Assert.Matches(@"\*\*\d{2,} parties\*\*, \*\*\d{3,} sink APIs\*\*", page);
    }

    /// <summary>Markdown for the catalog: a summary, the parties, then one table per "## " section of each file.</summary>
    internal static string Render(IEnumerable<(string Name, string Text)> files)
    {
        var sections = new StringBuilder();
        var parties = new SortedDictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        var (sinks, hosts, sources) = (0, 0, 0);
        foreach (var (name, text) in files)
        {
            sections.Append($"\n## {Path.GetFileNameWithoutExtension(name)}\n\n{Title(text)}\n");
            foreach (var block in text.Split("\n\n"))
            {
                var lines = block.Split('\n');
                foreach (var heading in lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)))
                {
                    sections.Append($"\n#{heading}\n\n| API or host | Recipients or categories | Party | Verified against |\n|---|---|---|---|\n");
                }

                var citation = Citation.Match(string.Join(" ", lines.Where(l => l.StartsWith('#')))).Value;
                foreach (var entry in RulesFileParser.Parse(SourceText.From(block)).Entries)
                {
                    var host = entry.SinkArguments.IsDefault ? null : entry.SinkArguments.FirstOrDefault(a => a.StartsWith("host:", StringComparison.Ordinal));
                    var what = entry.Kind == RulesEntryKind.Source ? string.Join(", ", entry.Categories)
                        : host != null ? $"its host's ({host.Substring(5)})"
                        : entry.Kind == RulesEntryKind.Host && entry.Recipients == RecipientKind.None ? "internal" : RecipientWords(entry.Recipients);
                    sections.Append($"| {Code(Key(entry))} | {what} | {entry.Party ?? "—"} | {citation} |\n");
                    sinks += entry.Kind == RulesEntryKind.Sink ? 1 : 0;
                    hosts += entry.Kind == RulesEntryKind.Host ? 1 : 0;
                    sources += entry.Kind == RulesEntryKind.Source ? 1 : 0;
                    if (entry.Party != null)
                    {
                        (parties.TryGetValue(entry.Party, out var kinds) ? kinds : parties[entry.Party] = new SortedSet<string>()).Add(Path.GetFileNameWithoutExtension(name));
                    }
                }
            }
        }

        var page = new StringBuilder()
            .Append("# Built-in catalog\n\n")
            .Append("Generated from the files under `src/PrivacyAnalyzers/Catalog/` (embedded rules files the analyzer reads); do not edit by hand.\n")
            .Append("Regenerate with `PRIVACY_UPDATE_DOCS=1 dotnet test tests/PrivacyAnalyzers.Tests --filter CatalogPageMatchesTheEmbeddedCatalog`.\n\n")
            .Append("These APIs are sinks in every project that references the SDK, with no annotation. Turn the catalog off with\n")
            .Append("`privacy_analyzers.catalog = none`; override a line by declaring the same symbol or host in your `PrivacyRules.txt`.\n")
            .Append("See [configuration.md](configuration.md) for the ID syntax (`*` = name prefix; no parameter list = every overload).\n\n")
            .Append($"**{parties.Count} parties**, **{sinks} sink APIs**, **{hosts} hosts**, **{sources} built-in sources**.\n\n")
            .Append("| Party | Kinds |\n|---|---|\n");
        foreach (var (party, kinds) in parties)
        {
            page.Append($"| {party} | {string.Join(", ", kinds)} |\n");
        }

        return page.Append(sections).ToString();
    }

    /// <summary>What a row is about: the ID (with a source's condition on its argument) or the host.</summary>
    private static string Key(RulesEntry entry) => entry.Condition is { } when ? $"{entry.SymbolId} {when}" : entry.SymbolId ?? entry.Text!;

    /// <summary>Inline code; an ID with a generic arity (<c>`2</c>) needs double backticks.</summary>
    private static string Code(string text) => text.Contains('`') ? $"`` {text} ``" : $"`{text}`";

    /// <summary>The file's first line, without the "# Built-in catalog: " that every file starts with.</summary>
    private static string Title(string text)
    {
        var first = text.Split('\n')[0].TrimStart('#', ' ');
        const string Prefix = "Built-in catalog: ";
        first = first.StartsWith(Prefix, StringComparison.Ordinal) ? first.Substring(Prefix.Length) : first;
        return char.ToUpperInvariant(first[0]) + first.Substring(1);
    }

    private static string RecipientWords(RecipientKind recipients) =>
        string.Join(", ", Enum.GetValues<RecipientKind>().Where(k => k != RecipientKind.None && (recipients & k) == k)
            .OrderBy(k => k == RecipientKind.Processor || k == RecipientKind.Affiliate || k == RecipientKind.ThirdParty ? 1 : 0)
            .Select(k => RecipientKinds.Word(k).Replace('_', '-')));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PrivacyAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PrivacyAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
