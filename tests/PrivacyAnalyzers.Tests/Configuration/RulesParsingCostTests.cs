using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

/// <summary>Runs alone: it watches a process-wide parse counter that other tests would move.</summary>
[CollectionDefinition(nameof(ParseCounting), DisableParallelization = true)]
public sealed class ParseCounting
{
}

[Collection(nameof(ParseCounting))]
public class RulesParsingCostTests
{
    [Fact]
    public async Task SameContentIsParsedOnceAcrossCompilationsAndMembers()
    {
        // Unique content, so no earlier test has put it in the memo.
        var rules = $"# {Guid.NewGuid()}\nsink: M:Acme.Ads.Upload ; advertising ; Meta\n";
        var source = "namespace Acme { public static class Ads { public static void Upload(string id) { } public static void Other() { } } }";
        var before = RulesFileParser.ParseCount;

        for (var i = 0; i < 5; i++)
        {
            // A fresh compilation each time, as the IDE makes on every keystroke.
            var compilation = await TestCompilations.CreateAsync(source + $"\n// edit {i}");
            var model = TestCompilations.Model(compilation, null, ("/repo/PrivacyRules.txt", rules));
            var ads = compilation.GetTypeByMetadataName("Acme.Ads")!;
            foreach (var method in ads.GetMembers().OfType<Microsoft.CodeAnalysis.IMethodSymbol>())
            {
                model.MethodSink(method);
            }

            Assert.NotNull(model.MethodSink((Microsoft.CodeAnalysis.IMethodSymbol)ads.GetMembers("Upload").Single()));
        }

        Assert.Equal(before + 1, RulesFileParser.ParseCount);
    }

    [Fact]
    public void TheCatalogIsParsedOncePerProcess()
    {
        var first = RulesLoader.BuiltInCatalog;
        var before = RulesFileParser.ParseCount;

        Assert.Same(first, RulesLoader.BuiltInCatalog);
        Assert.Equal(before, RulesFileParser.ParseCount);
    }
}
