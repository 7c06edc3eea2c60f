using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Tests.Infrastructure;
using FlowTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.PrivacyFlowAnalyzer>;
using MalformedTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.MalformedAnnotationAnalyzer>;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// Claims are built-in sources by claim type: source lines keyed by a method and a constant argument
/// (<c>when type = "email", ...</c>), against the real System.Security.Claims and ASP.NET Core reference packages.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class ClaimSourceTests
{
    private static readonly (string, string)[] AspNetCore = { ("Microsoft.AspNetCore.App.Ref", "8.0.0") };

    [Fact]
    public Task AProjectWithNoAnnotationThatLogsTheSignedInUsersEmailClaimGetsPriv003() => new FlowTest("""
        using System.Security.Claims;
        using Microsoft.Extensions.Logging;

        class SignIn
        {
            void M(ClaimsPrincipal user, ILogger<SignIn> log)
            {
                log.LogInformation("Signed in {Email}", {|PRIV003:user.FindFirstValue(ClaimTypes.Email)|});
                log.LogInformation("Signed in as {Role} ({Subject})", user.FindFirstValue(ClaimTypes.Role), user.FindFirst("sub")?.Value);
            }
        }
        """).WithPackages(AspNetCore).RunAsync();

    [Fact]
    public Task ClaimsFoundByTypeCarryTheirCategoryAndOtherClaimsStayClean() => new FlowTest("""
        using System.Security.Claims;

        class Profile
        {
            void M(ClaimsPrincipal user, ClaimsIdentity identity, string someType)
            {
                System.Console.WriteLine({|PRIV003:user.FindFirst(ClaimTypes.MobilePhone)!.Value|});
                System.Console.WriteLine({|PRIV003:user.FindFirst("EMAIL")?.Value|});
                System.Console.WriteLine({|PRIV003:identity.FindFirst("given_name")|});
                foreach (var claim in user.FindAll(ClaimTypes.DateOfBirth))
                {
                    System.Console.WriteLine({|PRIV003:claim.Value|});
                }

                System.Console.WriteLine(user.FindFirst(ClaimTypes.NameIdentifier)?.Value);
                System.Console.WriteLine(user.FindFirst(c => c.Type == "role")?.Value);
                System.Console.WriteLine(user.FindFirst(someType)?.Value); // not a constant: which claim is unknown
                System.Console.WriteLine(user.HasClaim(ClaimTypes.Email, "a@b.c"));
            }
        }
        """).WithPackages(AspNetCore).RunAsync();

    [Fact]
    public Task AClaimsDiagnosticNamesTheClaimItCameFrom() => new FlowTest("""
        using System.Security.Claims;
        class C { void M(ClaimsPrincipal user) { System.Console.WriteLine({|#0:user.FindFirstValue("phone_number")|}); } }
        """,
            new DiagnosticResult("PRIV003", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(0)
                .WithMessage("user.contact.phone_number from 'PrincipalExtensions.FindFirstValue(\"phone_number\")' reaches logging sink 'Console.WriteLine', and no disclosure covers logging it"))
        .WithPackages(AspNetCore).RunAsync();

    [Fact]
    public void EveryClaimTypeOfTheCatalogIsAClaimTypesConstantOrAnOpenIdName()
    {
        var claimTypes = typeof(System.Security.Claims.ClaimTypes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var openId = new[] { "email", "name", "given_name", "family_name", "phone_number", "birthdate", "address", "gender" };
        // Claims lines only: the forwarded-for header line is keyed on header names (BuiltInSourceTests).
        var conditions = RulesLoader.BuiltInCatalog.Entries.Where(e => e.Condition != null && e.SymbolId!.Contains("Claims", StringComparison.Ordinal)).ToList();

        Assert.Equal(18, conditions.Count);
        Assert.All(conditions.SelectMany(e => e.Condition!.Values), v => Assert.True(claimTypes.Contains(v) || openId.Contains(v), v));
    }

    [Fact]
    public Task ATeamMayKeyItsOwnSourceOnAConstantArgument() => new FlowTest("""
        namespace Acme { public static class Profile { public static string Get(string field) => ""; } }
        class C
        {
            void M()
            {
                System.Console.WriteLine({|PRIV003:Acme.Profile.Get("mail")|});
                System.Console.WriteLine(Acme.Profile.Get("theme"));
            }
        }
        """).WithRules("source: M:Acme.Profile.Get ; user.contact.email ; when field = \"mail\", \"email\"").RunAsync();

    [Theory]
    [InlineData("source: M:Acme.Profile.Get ; user.contact.email ; when field = mail", "Cannot read 'when field = mail': expected 'when <parameter> = \"value\"[, \"value\"...]', such as 'when type = \"email\"'")]
    [InlineData("source: M:Acme.Profile.Get ; user.contact.email ; if field = \"mail\"", "Cannot read 'if field = \"mail\"': expected 'when <parameter> = \"value\"[, \"value\"...]', such as 'when type = \"email\"'")]
    [InlineData("source: P:Acme.Profile.Mail ; user.contact.email ; when field = \"mail\"", "'when field = \"mail\"' needs a method: only a call has arguments (found 'P:Acme.Profile.Mail')")]
    public void AConditionThatCannotBeReadIsAProblem(string line, string message) => RulesLineAssert.IsProblem(line, message);

    [Fact]
    public Task AConditionOnAParameterTheMethodDoesNotHaveIsPriv010AtItsLine()
    {
        var test = new MalformedTest("namespace Acme { public static class Profile { public static string Get(string field) => \"\"; } }");
        test.TestState.AdditionalFiles.Add(("/repo/PrivacyRules.txt", "source: M:Acme.Profile.Get ; user.contact.email ; when name = \"mail\""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRIV010", DiagnosticSeverity.Warning)
            .WithSpan("/repo/PrivacyRules.txt", 1, 1, 1, 69)
            .WithMessage("'M:Acme.Profile.Get' has no parameter 'name' for 'when name = \"mail\"'"));
        return test.RunAsync();
    }
}
