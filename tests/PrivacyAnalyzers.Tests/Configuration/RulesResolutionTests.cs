using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

public class RulesResolutionTests
{
    private const string Source = """
        namespace Acme.Telemetry
        {
            public class Client
            {
                public Client(string key) { }
                public void Send(string value) { }
                public void Send(string value, int retries) { }
                public void TrackEvent(string name) { }
                public System.Threading.Tasks.Task TrackAsync(string name) => System.Threading.Tasks.Task.CompletedTask;
                public void Generic<T>(T value) { }
                public string Region { get; set; } = "";
                private void Hidden(string value) { }
            }
        }

        namespace Acme.Ads
        {
            public static class Uploader { public static void Upload(string id) { } }
            public class Audience { public string Phone { get; set; } = ""; public string Name = ""; }
        }

        namespace Acme.Privacy
        {
            public static class Hash
            {
                public static string Anonymize(string value) => value;
                public static string Mask(string value) => value;
            }

            public class Session { public string CurrentPhone => ""; public string Load() => ""; }
        }
        """;

    private static async Task<(Compilation Compilation, PrivacyModel Model)> ModelAsync(string rules, string? globalConfig = null)
    {
        var compilation = TestCompilations.Create(Source);
        return (compilation, TestCompilations.Model(compilation, globalConfig, ("/repo/PrivacyRules.txt", rules)));
    }

    private static IMethodSymbol Method(Compilation compilation, string type, string name, int parameters = -1) =>
        compilation.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IMethodSymbol>()
            .First(m => parameters < 0 || m.Parameters.Length == parameters);

    [Fact]
    public async Task MethodIdWithoutParameterListMatchesEveryOverload()
    {
        var (compilation, model) = await ModelAsync("sink: M:Acme.Telemetry.Client.Send ; analytics ; Acme");

        foreach (var parameters in new[] { 1, 2 })
        {
            var sink = model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "Send", parameters));
            Assert.NotNull(sink);
            Assert.Equal("Client.Send", sink!.Name);
            Assert.Equal(RecipientKind.Analytics | RecipientKind.ThirdParty, sink.Recipients);
            Assert.Equal("Acme", sink.Party);
        }

        Assert.Null(model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "TrackEvent")));
        Assert.Empty(model.Rules.Problems);
    }

    [Fact]
    public async Task MethodIdWithParameterListMatchesThatOverloadOnly()
    {
        var (compilation, model) = await ModelAsync("sink: M:Acme.Telemetry.Client.Send(System.String,System.Int32) ; logging");

        Assert.Null(model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "Send", 1)));
        Assert.Equal(RecipientKind.Logging, model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "Send", 2))!.Recipients);
    }

    [Fact]
    public async Task TrailingStarIsAMemberNamePrefix()
    {
        var (compilation, model) = await ModelAsync("sink: M:Acme.Telemetry.Client.Track* ; analytics");

        Assert.NotNull(model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "TrackEvent")));
        Assert.NotNull(model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "TrackAsync")));
        Assert.Null(model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "Send", 1)));
    }

    [Fact]
    public async Task GenericMethodMatchesWithOrWithoutArity()
    {
        var (compilation, model) = await ModelAsync("sink: M:Acme.Telemetry.Client.Generic``1 ; analytics");

        Assert.NotNull(model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "Generic")));
    }

    [Fact]
    public async Task TypeIdCoversPublicMethodsAndPropertiesButNotConstructorsOrPrivateMembers()
    {
        var (compilation, model) = await ModelAsync("sink: T:Acme.Telemetry.Client ; analytics ; Acme");
        var client = compilation.GetTypeByMetadataName("Acme.Telemetry.Client")!;

        Assert.Equal("Client.TrackEvent", model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "TrackEvent"))!.Name);
        Assert.NotNull(model.PropertySink((IPropertySymbol)client.GetMembers("Region").Single()));
        Assert.Null(model.MethodSink(client.InstanceConstructors.Single()));
        Assert.Null(model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "Hidden")));
    }

    [Fact]
    public async Task NamespaceIdCoversItsTypes()
    {
        var (compilation, model) = await ModelAsync("sink: N:Acme.Ads ; advertising ; Meta");

        var sink = model.MethodSink(Method(compilation, "Acme.Ads.Uploader", "Upload"));
        Assert.Equal("Uploader.Upload", sink!.Name);
        Assert.Equal("Meta", sink.Party);
        Assert.Null(model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "TrackEvent")));
    }

    [Fact]
    public async Task PropertyAndFieldIdsResolve()
    {
        var (compilation, model) = await ModelAsync("""
            sink: P:Acme.Ads.Audience.Phone ; advertising
            source: P:Acme.Privacy.Session.CurrentPhone ; user.contact.phone_number
            source: F:Acme.Ads.Audience.Name ; user.name
            source: M:Acme.Privacy.Session.Load ; user.contact.email, user.name
            """);
        var audience = compilation.GetTypeByMetadataName("Acme.Ads.Audience")!;
        var session = compilation.GetTypeByMetadataName("Acme.Privacy.Session")!;

        Assert.Equal(RecipientKind.Advertising | RecipientKind.ThirdParty, model.PropertySink((IPropertySymbol)audience.GetMembers("Phone").Single())!.Recipients);
        Assert.Equal(new[] { "user.contact.phone_number" }, model.SourceCategories(session.GetMembers("CurrentPhone").Single()));
        Assert.Equal(new[] { "user.name" }, model.SourceCategories(audience.GetMembers("Name").Single()));
        Assert.Equal(new[] { "user.contact.email", "user.name" }, model.SourceCategories(session.GetMembers("Load").Single()));
    }

    [Fact]
    public async Task AnonymizerWithoutCategoriesClearsAllAndWithCategoriesClearsThose()
    {
        var (compilation, model) = await ModelAsync("""
            anonymizer: M:Acme.Privacy.Hash.Anonymize(System.String)
            anonymizer: M:Acme.Privacy.Hash.Mask ; user.contact
            """);

        Assert.Equal(Array.Empty<string>(), model.Anonymizer(Method(compilation, "Acme.Privacy.Hash", "Anonymize")));
        Assert.Equal(new[] { "user.contact" }, model.Anonymizer(Method(compilation, "Acme.Privacy.Hash", "Mask")));
        Assert.Null(model.Anonymizer(Method(compilation, "Acme.Telemetry.Client", "TrackEvent")));
    }

    [Fact]
    public async Task PromisesAndDisclosuresJoinThePolicyWithTheirLineAsLocation()
    {
        var (_, model) = await ModelAsync("""
            # the team's commitments
            promise: user.contact.phone_number ; never: advertising, affiliate ; We never share your phone number.
            disclosure: user.contact.email ; processor ; SendGrid ; Account e-mails
            promise: user.location ; never: third_party
            """);

        Assert.Equal(2, model.Policy.Promises.Length);
        var promise = model.Policy.Promises[0];
        Assert.Equal("We never share your phone number.", promise.Statement);
        Assert.Equal(RecipientKind.Advertising | RecipientKind.Affiliate, promise.NeverSharedWith);
        Assert.Equal("/repo/PrivacyRules.txt", promise.Location.GetLineSpan().Path);
        Assert.Equal(1, promise.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("user.location is never shared with third-party", model.Policy.Promises[1].Statement);

        var disclosure = Assert.Single(model.Policy.Disclosures);
        Assert.Equal("SendGrid", disclosure.Party);
        Assert.Equal("Account e-mails", disclosure.Purpose);
        Assert.Equal(2, disclosure.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task UnknownIdIsPriv010AtItsLineAndTheOtherLinesStillApply()
    {
        var (compilation, model) = await ModelAsync("""
            sink: M:Acme.Telemetry.Client.TrackEvent ; analytics
            sink: M:Acme.Telemetry.Client.Missing ; analytics
            sink: M:Acme.Telemetry.Client.Send(System.Int64) ; analytics
            sink: T:Acme.Nowhere ; analytics
            sink: M:Acme.Telemetry.Client.Nothing* ; analytics
            """);

        Assert.Equal(new[] { 1, 2, 3, 4 }, model.Rules.Problems.Select(p => p.Location.GetLineSpan().StartLinePosition.Line));
        var first = model.Rules.Problems[0];
        Assert.Equal("PRIV010", first.Id);
        Assert.Equal("'M:Acme.Telemetry.Client.Missing' names no symbol of the compilation or its references", first.GetMessage());
        Assert.Equal("/repo/PrivacyRules.txt", first.Location.GetLineSpan().Path);
        Assert.True(first.Location.IsInSource == false && first.Location.Kind == LocationKind.ExternalFile);
        Assert.NotNull(model.MethodSink(Method(compilation, "Acme.Telemetry.Client", "TrackEvent")));
    }

    [Fact]
    public async Task ParseProblemsBecomePriv010WithTheFilePathAndLine()
    {
        var compilation = TestCompilations.Create(Source);
        var model = TestCompilations.Model(compilation, null,
            ("/repo/PrivacyRules.txt", "sink: M:Acme.Ads.Uploader.Upload ; advertisers"),
            ("/repo/PrivacyRules.Ads.txt", "\n\npromise: user.contact.phone_number ; advertising"),
            ("/repo/Other.txt", "this is not a rules file"));

        Assert.Collection(model.Rules.Problems,
            p => Assert.Equal(("/repo/PrivacyRules.txt", 0), (p.Location.GetLineSpan().Path, p.Location.GetLineSpan().StartLinePosition.Line)),
            p => Assert.Equal(("/repo/PrivacyRules.Ads.txt", 2), (p.Location.GetLineSpan().Path, p.Location.GetLineSpan().StartLinePosition.Line)));
        Assert.All(model.Rules.Problems, p => Assert.Equal(DiagnosticSeverity.Warning, p.Severity));
    }

    [Fact]
    public async Task TeamRulesOverrideTheCatalog()
    {
        var (compilation, model) = await ModelAsync("sink: M:System.Console.WriteLine ; processor ; Acme Logs");
        var writeLine = compilation.GetTypeByMetadataName("System.Console")!.GetMembers("WriteLine").OfType<IMethodSymbol>().First();
        var write = compilation.GetTypeByMetadataName("System.Console")!.GetMembers("Write").OfType<IMethodSymbol>().First();

        Assert.Equal(RecipientKind.Processor, model.MethodSink(writeLine)!.Recipients);
        Assert.Equal("Acme Logs", model.MethodSink(writeLine)!.Party);
        Assert.Equal(RecipientKind.Logging, model.MethodSink(write)!.Recipients);
    }
}
