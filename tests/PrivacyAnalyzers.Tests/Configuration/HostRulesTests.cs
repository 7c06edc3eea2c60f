using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Tests.Infrastructure;
using MalformedTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.MalformedAnnotationAnalyzer>;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

/// <summary><c>host:</c> lines and the unknown-host option: parsing, PRIV010 for bad ones, and which line a host resolves to.</summary>
public class HostRulesTests
{
    [Fact]
    public void HostLinesReadANameOrWildcardWithRecipientsOrInternal()
    {
        var file = RulesFileParser.Parse(SourceText.From("""
            host: CRM.acme.com ; third_party ; Acme CRM   # the CRM vendor
            host: *.internal.acme.net ; internal
            """));

        Assert.Empty(file.Problems);
        Assert.Collection(file.Entries,
            e => Assert.Equal((RulesEntryKind.Host, "crm.acme.com", RecipientKind.ThirdParty, "Acme CRM"), (e.Kind, e.Text, e.Recipients, e.Party)),
            e => Assert.Equal((RulesEntryKind.Host, "*.internal.acme.net", RecipientKind.None, (string?)null), (e.Kind, e.Text, e.Recipients, e.Party)));
    }

    [Theory]
    [InlineData("host: https://crm.acme.com ; third_party", "'https://crm.acme.com' is not a host name: expected a name such as crm.acme.com or a wildcard such as *.internal.acme.net")]
    [InlineData("host: *.com ; third_party", "'*.com' is not a host name: expected a name such as crm.acme.com or a wildcard such as *.internal.acme.net")]
    [InlineData("host: crm.*.acme.com ; third_party", "'crm.*.acme.com' is not a host name: expected a name such as crm.acme.com or a wildcard such as *.internal.acme.net")]
    [InlineData("host: crm.acme.com ; partners", "Unknown recipient 'partners': expected processor, affiliate, third_party, advertising, analytics, logging, ai_provider")]
    [InlineData("host: crm.acme.com", "'host:' expects 'host: host ; recipients or internal ; party' (2 to 3 fields separated by ';'), found 1")]
    public void BadHostLinesAreProblemsAndYieldNoEntry(string line, string message) => RulesLineAssert.IsProblem(line, message);

    [Fact]
    public Task BadHostLineIsPriv010AtItsLineOfTheRulesFile()
    {
        var test = new MalformedTest("class C { }");
        test.TestState.AdditionalFiles.Add(("/repo/PrivacyRules.txt", """
            host: crm.acme.com ; third_party ; Acme CRM
            host: crm acme com ; third_party
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRIV010", DiagnosticSeverity.Warning)
            .WithSpan("/repo/PrivacyRules.txt", 2, 1, 2, 33)
            .WithMessage("'crm acme com' is not a host name: expected a name such as crm.acme.com or a wildcard such as *.internal.acme.net"));
        return test.RunAsync();
    }

    [Fact]
    public void TheExactNameWinsThenTheLongestWildcardThenTheTeamsLine()
    {
        var model = TestCompilations.Model(TestCompilations.Create("class C { }"), null, ("/repo/PrivacyRules.txt", """
            host: *.acme.net ; third_party ; Acme
            host: *.internal.acme.net ; internal
            host: crm.internal.acme.net ; processor ; Acme CRM
            host: api.openai.com ; ai_provider, processor ; OpenAI (zero retention)
            """));
        var hosts = model.Rules.Hosts;

        Assert.Equal(("Acme CRM", RecipientKind.Processor), (hosts.Find("CRM.internal.acme.net.")!.Party, hosts.Find("crm.internal.acme.net")!.Recipients));
        Assert.True(hosts.Find("wiki.internal.acme.net")!.IsInternal);
        Assert.Equal("Acme", hosts.Find("shop.acme.net")!.Party);
        Assert.Null(hosts.Find("acme.net"));
        Assert.Equal(RecipientKind.AIProvider | RecipientKind.Processor, hosts.Find("api.openai.com")!.Recipients);
    }

    [Fact]
    public void TheCatalogNamesTheHostsOfKnownApis()
    {
        var hosts = TestCompilations.Model(TestCompilations.Create("class C { }")).Rules.Hosts;

        Assert.Equal(("OpenAI", RecipientKind.AIProvider | RecipientKind.ThirdParty), (hosts.Find("api.openai.com")!.Party, hosts.Find("api.openai.com")!.Recipients));
        Assert.Equal(("Twilio", RecipientKind.Processor), (hosts.Find("verify.twilio.com")!.Party, hosts.Find("api.twilio.com")!.Recipients));
        Assert.Equal("Microsoft", hosts.Find("contoso.openai.azure.com")!.Party);
        Assert.Null(hosts.Find("example.com"));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("privacy_analyzers.unknown_host = none", 0)]
    [InlineData("privacy_analyzers.unknown_host = third_party", (int)RecipientKind.ThirdParty)]
    [InlineData("privacy_analyzers.unknown_host = processor, analytics", (int)(RecipientKind.Processor | RecipientKind.Analytics))]
    public void AnUnknownHostIsWhatTheOptionSays(string? config, int recipients)
    {
        var expected = (RecipientKind)recipients;
        var hosts = TestCompilations.Model(TestCompilations.Create("class C { }"), config).Rules.Hosts;

        var rule = hosts.Resolve("api.example.com");
        Assert.Equal((expected, (string?)null), (rule.Recipients, rule.Party));
        Assert.Equal("OpenAI", hosts.Resolve("api.openai.com").Party);
    }

    [Fact]
    public Task UnreadableUnknownHostOptionIsPriv010AndKeepsTheDefault() =>
        new MalformedTest("class C { }",
                new DiagnosticResult("PRIV010", DiagnosticSeverity.Warning)
                    .WithMessage("Option 'privacy_analyzers.unknown_host' has the unknown value 'everyone': expected recipient words separated by commas (processor, affiliate, third_party, advertising, analytics, logging, ai_provider) or none"))
            .WithGlobalConfig("privacy_analyzers.unknown_host = everyone")
            .RunAsync();
}
