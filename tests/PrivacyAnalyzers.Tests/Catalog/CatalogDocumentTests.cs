using System.Text;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// docs/catalog.md is generated from the embedded catalog. This test keeps them in step; run it with
/// <c>PRIVACY_UPDATE_DOCS=1</c> to rewrite the page after editing BuiltInSinks.txt.
/// </summary>
public class CatalogDocumentTests
{
    private static readonly Regex Citation = new(
        @"package [A-Za-z0-9.]+ [\d.]+(?: \([^)]*\))?(?: and [\d.]+(?: \([^)]*\))?)?|source [\w-]+/[\w.-]+@[0-9a-f]{7}(?: [\w./-]+)?|\.NET 8 reference assemblies");

    [Fact]
    public void CatalogPageMatchesTheEmbeddedCatalog()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "catalog.md");
        var expected = Render(RulesLoader.ReadCatalogText());
        if (Environment.GetEnvironmentVariable("PRIVACY_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/catalog.md is missing: run the tests with PRIVACY_UPDATE_DOCS=1");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    [Fact]
    public void RenderListsEveryEntryOnce()
    {
        var page = Render(RulesLoader.ReadCatalogText());

        Assert.All(RulesLoader.BuiltInCatalog.Entries, e => Assert.Single(Regex.Matches(page, Regex.Escape($"| `{e.SymbolId}` |"))));
        Assert.DoesNotContain("|  |\n", page); // every row cites its source
        Assert.Contains("| `M:Facebook.Unity.FB.LogAppEvent` | advertising, third-party | Meta | source facebook/facebook-sdk-for-unity@a161fc2 Facebook.Unity/FB.cs |", page);
    }

    /// <summary>Markdown for the catalog: one table per "## " section, one row per entry, with the block's citation.</summary>
    internal static string Render(string catalog)
    {
        var page = new StringBuilder()
            .Append("# Built-in sink catalog\n\n")
            .Append("Generated from `src/PrivacyAnalyzers/Catalog/BuiltInSinks.txt` (the embedded rules file the analyzer reads); do not edit by hand.\n")
            .Append("These APIs are sinks in every project that references the SDK, with no annotation. Turn the catalog off with\n")
            .Append("`privacy_analyzers.catalog = none`; override a line by declaring the same symbol in your `PrivacyRules.txt`.\n")
            .Append("See [configuration.md](configuration.md) for the ID syntax (`*` = name prefix; no parameter list = every overload).\n");
        foreach (var block in catalog.Replace("\r", "").Split("\n\n"))
        {
            var lines = block.Split('\n');
            foreach (var heading in lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)))
            {
                page.Append('\n').Append(heading).Append("\n\n| API | Recipients | Party | Verified against |\n|---|---|---|---|\n");
            }

            var citation = Citation.Match(string.Join(" ", lines.Where(l => l.StartsWith('#')))).Value;
            var entries = RulesFileParser.Parse(Microsoft.CodeAnalysis.Text.SourceText.From(block)).Entries;
            foreach (var entry in entries)
            {
                page.Append($"| `{entry.SymbolId}` | {RecipientWords(entry.Recipients)} | {entry.Party ?? "—"} | {citation} |\n");
            }
        }

        return page.ToString();
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
