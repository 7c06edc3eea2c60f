using System.Text.Json.Nodes;
using PrivacyAnalyzers.Report.Sarif;
using PrivacyAnalyzers.Report.Writers;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// samples/Shop builds with one PRIV002 and nothing else of ours, and docs/samples/shop-privacy-report.md is
/// its report. When the committed copy is stale, the test writes the fresh one and fails: review, then commit.
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)] // builds the analyzer projects of the repository: never beside a pack of them
public sealed class ShopReportTests
{
    [Fact]
    public void The_shop_builds_with_one_undisclosed_flow_and_its_committed_report_is_current()
    {
        var shop = RepositoryPaths.Combine("samples", "Shop");
        var build = DotNetCli.Run(shop, "build", "Shop.csproj", "-p:PrivacyReport=true", "-nodeReuse:false", "-tl:off", "-clp:NoSummary");
        Assert.True(build.Succeeded, build.ToString());

        // The compiler's log, not the console: an incremental build that skips the compile prints no warnings.
        var sarif = new DirectoryInfo(Path.Combine(shop, "obj")).GetFiles("privacy-analyzers.sarif", SearchOption.AllDirectories)
            .OrderByDescending(f => f.LastWriteTimeUtc).First();
        var rules = JsonNode.Parse(File.ReadAllText(sarif.FullName))!["runs"]![0]!["results"]!.AsArray()
            .Select(r => (string)r!["ruleId"]!).Where(id => id.StartsWith("PRIV", StringComparison.Ordinal) && id != "PRIV900");
        Assert.Equal(new[] { "PRIV002" }, rules);
        var fresh = MarkdownReportWriter.Write(SarifReader.Read(File.ReadAllText(sarif.FullName), shop, "Shop"), "../../samples/Shop/");

        // The build's own report is the same page, its links made from obj/.
        Assert.Equal(fresh, File.ReadAllText(Path.Combine(shop, "obj", "privacy-report.md")).Replace("](../", "](../../samples/Shop/"));

        var committedPath = RepositoryPaths.Combine("docs", "samples", "shop-privacy-report.md");
        var committed = File.Exists(committedPath) ? File.ReadAllText(committedPath).Replace("\r\n", "\n") : "";
        if (committed != fresh)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(committedPath)!);
            File.WriteAllText(committedPath, fresh);
            Assert.Fail($"{committedPath} was stale and has been regenerated: review the change and commit it.");
        }
    }
}
