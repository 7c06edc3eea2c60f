using System.Threading;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Tests.Infrastructure;
using FlowTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.PrivacyFlowAnalyzer>;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// The catalog's sources: framework APIs whose values are personal data with no annotation, so a project that
/// only adds the package sees its first findings. ASP.NET Core against the real reference packages; .NET MAUI
/// against declarations copying its cited source.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class BuiltInSourceTests
{
    private static readonly (string, string)[] AspNetCore =
    {
        ("Microsoft.AspNetCore.App.Ref", "8.0.0"), ("Microsoft.Extensions.Identity.Stores", "8.0.34"), ("Microsoft.Extensions.Identity.Core", "8.0.34"),
    };

    private const string Maui = """
        namespace Microsoft.Maui.Devices.Sensors
        {
            public class Location { public double Latitude { get; set; } public double Longitude { get; set; } }
            public class GeolocationRequest { }
            public interface IGeolocation
            {
                System.Threading.Tasks.Task<Location> GetLastKnownLocationAsync();
                System.Threading.Tasks.Task<Location> GetLocationAsync(GeolocationRequest request, System.Threading.CancellationToken cancelToken = default);
            }
            public static class Geolocation
            {
                public static extern System.Threading.Tasks.Task<Location> GetLastKnownLocationAsync();
                public static extern System.Threading.Tasks.Task<Location> GetLocationAsync(GeolocationRequest request, System.Threading.CancellationToken cancelToken = default);
                public static IGeolocation Default => null;
            }
        }
        namespace Microsoft.Maui.ApplicationModel.Communication
        {
            public class Contact { public string DisplayName { get; set; } }
            public interface IContacts
            {
                System.Threading.Tasks.Task<Contact> PickContactAsync();
                System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<Contact>> GetAllAsync(System.Threading.CancellationToken cancellationToken = default);
            }
            public static class Contacts
            {
                public static extern System.Threading.Tasks.Task<Contact> PickContactAsync();
                public static extern System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<Contact>> GetAllAsync(System.Threading.CancellationToken cancellationToken = default);
            }
        }
        """;

    [Fact]
    public void EverySourceLineNamesARealOrDeclaredSymbol()
    {
        var aspNet = TestCompilations.Create("class C { }", AspNetCore);
        var maui = TestCompilations.Create("#nullable disable\n" + Maui);
        var entries = RulesLoader.BuiltInCatalog.Entries.Where(e => e.Kind == RulesEntryKind.Source).ToList();

        Assert.True(entries.Count >= 15, $"only {entries.Count} sources");
        Assert.All(entries, e => Assert.False(
            SymbolIds.Resolve(e.SymbolId!, e.SymbolId!.Contains("Maui") ? maui : aspNet).IsEmpty, $"{e.SymbolId} names nothing"));
    }

    [Fact]
    public Task WithNoAnnotationAtAllTheClientIpAndIdentityUsersAreFindings() => new FlowTest("""
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Logging;

        class SignInLog
        {
            async System.Threading.Tasks.Task M(HttpContext http, IdentityUser user, UserManager<IdentityUser> users, ILogger<SignInLog> log)
            {
                log.LogInformation("Sign-in from {Ip}", {|PRIV003:http.Connection.RemoteIpAddress|});
                log.LogInformation("Forwarded for {Ip}", {|PRIV003:http.Request.Headers["X-Forwarded-For"]|});
                log.LogInformation("Agent {Agent}", http.Request.Headers["User-Agent"]);
                log.LogInformation("Signed in {Email} {Phone}", {|PRIV003:user.Email|}, {|PRIV003:user.PhoneNumber|});
                log.LogInformation("Signed in {Name}", {|PRIV003:await users.GetUserNameAsync(user)|});
                log.LogInformation("Signed in {Id} on port {Port}", user.Id, http.Connection.RemotePort);
            }
        }
        """).WithPackages(AspNetCore).RunAsync();

    [Fact]
    public Task MauiLocationAndContactsAreFindingsWithoutAnnotation() => new FlowTest("""
        using Microsoft.Maui.Devices.Sensors;
        using Microsoft.Maui.ApplicationModel.Communication;

        class Tracker
        {
            async System.Threading.Tasks.Task M(IGeolocation geolocation)
            {
                var here = await geolocation.GetLocationAsync(new GeolocationRequest());
                System.Console.WriteLine({|PRIV003:here|});
                var friend = await Contacts.PickContactAsync();
                System.Diagnostics.Debug.WriteLine({|PRIV003:friend|});
            }
        }
        #nullable disable
        """ + "\n" + Maui).RunAsync();

    [Fact]
    public void ReferencingTheFrameworkCostsNothingUntilCodeMentionsASource()
    {
        var quiet = TestCompilations.Create("class C { void M(Microsoft.AspNetCore.Http.HttpContext http) { System.Console.WriteLine(http.Request.Path); } }", AspNetCore);
        var reading = TestCompilations.Create("class C { object M(Microsoft.AspNetCore.Http.HttpContext http) => http.Connection.RemoteIpAddress; }", AspNetCore);

        Assert.False(PersonalDataPresence.IsPossible(TestCompilations.Model(quiet), CancellationToken.None));
        Assert.True(PersonalDataPresence.IsPossible(TestCompilations.Model(reading), CancellationToken.None));
        Assert.Contains("RemoteIpAddress", TestCompilations.Model(quiet).Rules.CatalogSourceNames);
    }
}
