using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

public class RulesParsingCostTests
{
    [Fact]
    public async Task SameContentIsParsedOnceAcrossCompilationsAndMembers()
    {
        // Unique content, so no earlier test has put it in the memo.
        var rules = $"# {Guid.NewGuid()}\nsink: M:Acme.Ads.Upload ; advertising ; Meta\n";
        var source = "namespace Acme { public static class Ads { public static void Upload(string id) { } public static void Other() { } } }";
        for (var i = 0; i < 5; i++)
        {
            // A fresh compilation each time, as the IDE makes on every keystroke.
            var compilation = TestCompilations.Create(source + $"\n// edit {i}");
            var model = TestCompilations.Model(compilation, null, ("/repo/PrivacyRules.txt", rules));
            var ads = compilation.GetTypeByMetadataName("Acme.Ads")!;
            foreach (var method in ads.GetMembers().OfType<Microsoft.CodeAnalysis.IMethodSymbol>())
            {
                model.MethodSink(method);
            }

            Assert.NotNull(model.MethodSink((Microsoft.CodeAnalysis.IMethodSymbol)ads.GetMembers("Upload").Single()));
        }

        Assert.Equal(1, RulesFileParser.ParseCountOf(rules));
    }

    [Fact]
    public void TheCatalogIsParsedOncePerProcess()
    {
        var first = RulesLoader.BuiltInCatalog;

        Assert.Same(first, RulesLoader.BuiltInCatalog);
        Assert.Equal(1, RulesFileParser.ParseCountOf(RulesLoader.ReadCatalogText()));
    }
}
