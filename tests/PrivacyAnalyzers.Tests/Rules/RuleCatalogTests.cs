using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>Every rule has a help page, a release-tracking row and a working help link, and comes from the one registry.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> Ids => new(RuleDescriptors.All.Select(d => d.Id));

    private static DiagnosticDescriptor Descriptor(string id) => RuleDescriptors.All.Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_page_exists_and_is_titled_with_the_rule(string id)
    {
        var page = RepositoryPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"missing {page}");
        var firstLine = File.ReadLines(page).First();
        Assert.Equal($"# {id} - {Descriptor(id).Title}", firstLine);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_page_says_how_to_suppress_and_configure_the_rule(string id)
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("docs", "rules", id + ".md"));
        Assert.Contains("## How to suppress it", text);
        Assert.Contains("#pragma warning disable " + id, text);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", text);
        Assert.Contains($"[SuppressMessage(\"Privacy\", \"{id}:{Descriptor(id).Title}\"", text);
        Assert.Contains("## Options", text);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_help_page(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal(RuleIdentifiers.GetHelpUri(id), descriptor.HelpLinkUri);

        // https://github.com/<owner>/<repo>/blob/main/<path in the repository>
        var uri = new Uri(descriptor.HelpLinkUri);
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("github.com", uri.Host);
        Assert.Equal("blob", segments[2]);
        var relative = Path.Combine(segments.Skip(4).ToArray());
        Assert.Equal(Path.Combine("docs", "rules", id + ".md"), relative);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, relative)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_has_one_row_with_the_descriptor_category_and_severity(string id)
    {
        var descriptor = Descriptor(id);
        var rows = ReleaseRows().Where(r => r[0] == id).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row[1]);
        var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
        Assert.Equal(severity, row[2]);
    }

    [Fact]
    public void Every_help_page_and_release_row_belongs_to_a_rule()
    {
        var ids = RuleDescriptors.All.Select(d => d.Id).ToHashSet();
        var pages = Directory.GetFiles(RepositoryPaths.Combine("docs", "rules"), "*.md").Select(p => Path.GetFileNameWithoutExtension(p)!);
        Assert.All(pages, page => Assert.Contains(page, ids));
        Assert.All(ReleaseRows(), row => Assert.Contains(row[0], ids));
    }

    [Fact]
    public void Every_exported_analyzer_reports_only_registry_descriptors()
    {
        var analyzers = ExportedTypes<DiagnosticAnalyzer>(typeof(RuleDescriptors).Assembly, typeof(DiagnosticAnalyzerAttribute)).ToList();
        Assert.NotEmpty(analyzers);
        foreach (var analyzer in analyzers)
        {
            Assert.All(analyzer.SupportedDiagnostics, d => Assert.Contains(RuleDescriptors.All, r => ReferenceEquals(r, d)));
        }
    }

    [Fact]
    public void Every_exported_code_fix_fixes_registry_rules()
    {
        var ids = RuleDescriptors.All.Select(d => d.Id).ToHashSet();
        var fixes = ExportedTypes<CodeFixProvider>(Assembly.Load("PrivacyAnalyzers.CodeFixes"), typeof(ExportCodeFixProviderAttribute));
        Assert.All(fixes, fix => Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, ids)));
    }

    private static IEnumerable<T> ExportedTypes<T>(Assembly assembly, Type exportAttribute) =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttributes(exportAttribute, inherit: false).Length > 0)
            .Select(t => (T)Activator.CreateInstance(t)!);

    /// <summary>Table rows of AnalyzerReleases.Shipped.md and .Unshipped.md: [id, category, severity, notes].</summary>
    private static IEnumerable<string[]> ReleaseRows() =>
        new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(name => File.ReadLines(RepositoryPaths.Combine("src", "PrivacyAnalyzers", name)))
            .Where(line => line.StartsWith("PRIV", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray());
}
