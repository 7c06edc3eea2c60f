using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

public class PrivacyOptionsTests
{
    private static async Task<(Compilation, PrivacyModel)> ModelAsync(string? globalConfig)
    {
        var compilation = TestCompilations.Create("public class C { }");
        return (compilation, TestCompilations.Model(compilation, globalConfig));
    }

    private static IMethodSymbol ConsoleWriteLine(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Console")!.GetMembers("WriteLine").OfType<IMethodSymbol>().First();

    [Fact]
    public async Task DefaultsRequireDisclosuresForEverySharingRecipientAndUseTheCatalog()
    {
        var (compilation, model) = await ModelAsync(null);

        Assert.Equal(RecipientKind.Affiliate | RecipientKind.ThirdParty | RecipientKind.Advertising | RecipientKind.Analytics | RecipientKind.AIProvider,
            model.Policy.DisclosureRequiredFor);
        Assert.Equal(RecipientKind.Logging, model.MethodSink(ConsoleWriteLine(compilation))!.Recipients);
        Assert.Empty(model.Rules.Problems);
    }

    [Theory]
    [InlineData("analytics, advertising", (int)(RecipientKind.Analytics | RecipientKind.Advertising))]
    [InlineData("third_party,ai_provider,processor", (int)(RecipientKind.ThirdParty | RecipientKind.AIProvider | RecipientKind.Processor))]
    [InlineData("none", 0)]
    public async Task DisclosureRequiredForReadsRecipientWords(string value, int expected)
    {
        var (_, model) = await ModelAsync($"privacy_analyzers.disclosure_required_for = {value}");

        Assert.Equal((RecipientKind)expected, model.Policy.DisclosureRequiredFor);
        Assert.Empty(model.Rules.Problems);
    }

    [Fact]
    public async Task CatalogNoneTurnsTheBuiltInSinksOff()
    {
        var (compilation, model) = await ModelAsync("privacy_analyzers.catalog = none");

        Assert.Null(model.MethodSink(ConsoleWriteLine(compilation)));
        Assert.Empty(model.Rules.Problems);
    }

    [Theory]
    [InlineData("privacy_analyzers.disclosure_required_for = analytics, marketing", "privacy_analyzers.disclosure_required_for", "analytics, marketing")]
    [InlineData("privacy_analyzers.disclosure_required_for = ,", "privacy_analyzers.disclosure_required_for", ",")]
    [InlineData("privacy_analyzers.catalog = minimal", "privacy_analyzers.catalog", "minimal")]
    public async Task UnknownValuesArePriv010NamingTheKeyAndKeepTheDefault(string config, string key, string value)
    {
        var (compilation, model) = await ModelAsync(config);

        var problem = Assert.Single(model.Rules.Problems);
        Assert.Equal("PRIV010", problem.Id);
        Assert.StartsWith($"Option '{key}' has the unknown value '{value}': expected ", problem.GetMessage());
        Assert.Equal(Location.None, problem.Location);
        Assert.Equal(RecipientKinds.DisclosureRequiredByDefault, model.Policy.DisclosureRequiredFor);
        Assert.NotNull(model.MethodSink(ConsoleWriteLine(compilation)));
    }
}
