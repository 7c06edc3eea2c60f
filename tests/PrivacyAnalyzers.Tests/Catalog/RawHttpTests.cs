using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// HttpClient sends are sinks where the host is known (catalog host table, a team's host: line), none for an internal
/// host, and for an unknown host what privacy_analyzers.unknown_host says. Against the real .NET 8 and ASP.NET Core references.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class RawHttpTests
{
    private static readonly (string, string)[] AspNetCore = { ("Microsoft.AspNetCore.App.Ref", "8.0.0") };

    private const string TeamHosts = """
        host: crm.acme.com ; third_party ; Acme CRM
        host: *.internal.acme.net ; internal
        """;

    [Fact]
    public Task LiteralUrisToACataloguedATeamListedAndAnInternalHost() => CatalogFlowTests.Test("""
        using System.Net.Http;
        using System.Net.Http.Json;
        class Sync
        {
            const string Crm = "https://crm.acme.com/api/";
            async Task M(HttpClient http, Account a)
            {
                await http.PostAsync("https://api.openai.com/v1/moderations", {|PRIV002:new StringContent(a.Email)|});
                await http.PostAsJsonAsync(Crm + "contacts", {|PRIV002:new { a.Email, a.DisplayName }|});
                await http.GetStringAsync({|PRIV002:$"https://crm.acme.com/find?phone={a.PhoneNumber}"|});
                await http.PutAsync(new System.Uri("https://billing.internal.acme.net/v1/users"), new StringContent(a.Email));
                await http.PostAsync("https://api.openai.com/v1/moderations", new StringContent(a.DisplayName));
            }
        }
        """).WithRules(TeamHosts).RunAsync();

    [Fact]
    public Task CrmMessagingAndAnalyticsHostsAreTheirParties() => CatalogFlowTests.Test("""
        using System.Net.Http;
        using System.Net.Http.Json;
        class Sync
        {
            async Task M(HttpClient http, Account a)
            {
                await http.PostAsJsonAsync("https://api.hubspot.com/crm/v3/objects/contacts", {|PRIV001:new { email = a.Email }|});
                await http.PostAsJsonAsync("https://api.hubapi.com/crm/v3/objects/contacts", {|PRIV001:new { email = a.Email }|});
                await http.PostAsync("https://api.mixpanel.com/engage", {|PRIV002:new StringContent(a.Email)|});
                await http.PostAsync("https://api.mailgun.net/v3/mg.example.com/messages", {|PRIV001:new StringContent(a.Email)|});
                await http.PostAsync("https://api.eu.mailgun.net/v3/mg.example.com/messages", {|PRIV001:new StringContent(a.Email)|});
                await http.PostAsJsonAsync("https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/", {|PRIV001:new { Email = a.Email }|});
                await http.PostAsJsonAsync("https://rest.iad-01.braze.com/users/track", {|PRIV001:new { email = a.Email }|});
                await http.PostAsJsonAsync("https://rest.fra-01.braze.eu/users/track", {|PRIV001:new { email = a.Email }|});
            }
        }
        """).WithRules("promise: user.contact.email ; never: processor ; Contacts stay in house.").RunAsync();

    [Fact]
    public Task AnUnknownHostIsNoSinkByDefault() => CatalogFlowTests.Test("""
        using System.Net.Http;
        class Sync
        {
            async Task M(HttpClient http, Account a, string somewhere)
            {
                await http.PostAsync("https://api.example.com/users", new StringContent(a.Email));
                await http.PostAsync(somewhere, new StringContent(a.Email));
            }
        }
        """).RunAsync();

    [Fact]
    public Task AnUnknownHostIsWhatTheOptionSays() => CatalogFlowTests.Test("""
        using System.Net.Http;
        class Sync
        {
            async Task M(HttpClient http, Account a, string somewhere)
            {
                await http.PostAsync("https://api.example.com/users", {|PRIV002:new StringContent(a.Email)|});
                await http.PostAsync(somewhere, {|PRIV002:new StringContent(a.Email)|});
                await http.PostAsync("https://wiki.internal.acme.net/users", new StringContent(a.Email));
            }
        }
        """).WithRules(TeamHosts).WithGlobalConfig("privacy_analyzers.unknown_host = third_party").RunAsync();

    [Fact]
    public Task ARequestMessageCarriesItsUriAndContent() => CatalogFlowTests.Test("""
        using System.Net.Http;
        using System.Net.Http.Json;
        class Sync
        {
            async Task M(HttpClient http, Account a)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "https://crm.acme.com/contacts") { Content = JsonContent.Create(a.Email) };
                await http.SendAsync({|PRIV002:request|});
                await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://crm.acme.com/ping"));
                await http.SendAsync(new HttpRequestMessage { RequestUri = new System.Uri("https://x.internal.acme.net/"), Content = JsonContent.Create(a) });
            }
        }
        """).WithRules(TeamHosts).RunAsync();

    [Fact]
    public Task TheBaseAddressWhereTheClientIsMade() => CatalogFlowTests.Test("""
        using System.Net.Http;
        using System.Net.Http.Json;
        class CrmClient
        {
            private readonly HttpClient _http;
            private readonly HttpClient _internal = new HttpClient { BaseAddress = new System.Uri("https://api.internal.acme.net/") };
            public CrmClient(HttpClient http)
            {
                _http = http;
                _http.BaseAddress = new System.Uri("https://crm.acme.com/");
            }

            async Task M(Account a)
            {
                await _http.PostAsJsonAsync("contacts", {|PRIV002:a.Email|});
                await _internal.PostAsJsonAsync("contacts", a);
                var local = new HttpClient();
                local.BaseAddress = new System.Uri("https://api.openai.com/v1/");
                await local.PostAsync("moderations", {|PRIV002:new StringContent(a.Email)|});
            }
        }
        """).WithRules(TeamHosts).RunAsync();

    [Fact]
    public Task TypedAndNamedClientsRegisteredWithAddHttpClient() => CatalogFlowTests.Test("""
        using System.Net.Http;
        using System.Net.Http.Json;
        using Microsoft.Extensions.DependencyInjection;
        static class Setup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddHttpClient<CrmClient>(c => c.BaseAddress = new System.Uri("https://crm.acme.com/"));
                services.AddHttpClient("ai", c => { c.BaseAddress = new System.Uri("https://api.openai.com/v1/"); });
                services.AddHttpClient("audit", c => c.BaseAddress = new System.Uri("https://audit.internal.acme.net/"));
            }
        }
        class CrmClient(HttpClient http)
        {
            public Task Save(Account a) => http.PostAsJsonAsync("contacts", {|PRIV002:a.Email|});
        }
        class Moderation(IHttpClientFactory factory)
        {
            public async Task Check(Account a)
            {
                await factory.CreateClient("ai").PostAsync("moderations", {|PRIV002:new StringContent(a.Email)|});
                var audit = factory.CreateClient("audit");
                await audit.PostAsync("entries", new StringContent(a.Email));
            }
        }
        """, AspNetCore).WithRules(TeamHosts).RunAsync();

    [Fact]
    public Task AHostTheConstantStartDoesNotFixIsUnknown() => CatalogFlowTests.Test("""
        using System.Net.Http;
        class Sync
        {
            async Task M(HttpClient http, Account a, string tenant)
            {
                await http.GetAsync($"https://{tenant}.crm.acme.com/find?email={a.Email}");
                await http.GetAsync("https://crm" + tenant + "/find?email=" + a.Email);
                await http.GetAsync({|PRIV002:"https://crm.acme.com/find?email=" + a.Email|});
            }
        }
        """).WithRules(TeamHosts).RunAsync();

    [Fact]
    public async Task HalfTypedSendsAndRegistrationsRaiseNoAnalyzerError()
    {
        const string Code = """
            using System.Net.Http;
            using Microsoft.Extensions.DependencyInjection;
            public class Account { [PrivacyAnalyzers.PersonalData("user.contact.email")] public string Email { get; set; } = ""; }
            class Sync
            {
                void Register(IServiceCollection services) { services.AddHttpClient<Sync>(c => c.BaseAddress = new System.Uri()); services.AddHttpClient("x", c => c.); }
                async System.Threading.Tasks.Task M(HttpClient http, Account a, IHttpClientFactory f)
                {
                    await http.PostAsync(, new StringContent(a.Email));
                    await f.CreateClient(a).PostAsync("x", new StringContent(a.Email));
                    await new HttpClient { BaseAddress = }.PostAsync("x", new StringContent(a.Email));
                    await http.PostAsync("https://crm.acme.com/", new StringContent(a.Email)
            """;
        var references = ReferenceSets.Net80With(AspNetCore);

        Assert.Null(await PrivacyAnalyzers.CodeGen.Fuzzing.FuzzRunner.AnalyzeAsync(new[] { ("Sync.cs", Code) }, TeamHosts, references, PackageAnalyzers.Create()));
    }

    [Fact]
    public Task ATeamMayDeclareItsOwnHostKeyedSend() => CatalogFlowTests.Test("""
        namespace Acme.Http { public static class Rest { public static void Post(string url, object body) { } } }
        class Sync
        {
            void M(Account a)
            {
                Acme.Http.Rest.Post("https://crm.acme.com/contacts", {|PRIV002:a.Email|});
                Acme.Http.Rest.Post("https://x.internal.acme.net/contacts", a.Email);
            }
        }
        """).WithRules(TeamHosts + "\nsink: M:Acme.Http.Rest.Post ; host: url ; ; args: body").RunAsync();

    [Theory]
    [InlineData("sink: M:Acme.Rest.Post ; host: 1 ; ; args: body", "'host: 1' names no parameter: expected 'host: <parameter>' (the request or its URI), such as 'host: requestUri'")]
    [InlineData("sink: M:Acme.Rest.Post ; host: url ; Acme ; args: body", "A sink keyed by its host names no party: the host line gives it, found 'Acme'")]
    [InlineData("sink: M:Acme.Rest.Post ; host: url", "A sink keyed by its host names what it hands over, such as 'args: requestUri, content'")]
    public void AHostKeyedSinkLineThatCannotBeReadIsAProblem(string line, string message) => RulesLineAssert.IsProblem(line, message);
}
