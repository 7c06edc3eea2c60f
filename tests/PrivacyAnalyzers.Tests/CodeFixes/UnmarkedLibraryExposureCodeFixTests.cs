using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.CodeFixes;

public sealed class UnmarkedLibraryExposureCodeFixTests
{
    [Fact]
    public async Task Marks_properties_and_method_returns_with_the_exposed_categories()
    {
        var source = """
            using PrivacyAnalyzers;

            public sealed class Account
            {
                [PersonalData(DataCategory.PhoneNumber)] public string PhoneNumber { get; init; } = "";
                [PersonalData("acme.loyalty_id")] public string LoyaltyId { get; init; } = "";
            }

            public class Profile
            {
                private readonly Account _account = new();

                public string {|PRIV020:Phone|} => _account.PhoneNumber;

                public string {|PRIV020:{|PRIV020:Describe|}|}() => _account.PhoneNumber + " " + _account.LoyaltyId;
            }
            """;
        var fixedSource = """
            using PrivacyAnalyzers;

            public sealed class Account
            {
                [PersonalData(DataCategory.PhoneNumber)] public string PhoneNumber { get; init; } = "";
                [PersonalData("acme.loyalty_id")] public string LoyaltyId { get; init; } = "";
            }

            public class Profile
            {
                private readonly Account _account = new();

                [PersonalData(DataCategory.PhoneNumber)]
                public string Phone => _account.PhoneNumber;

                [return: PersonalData("acme.loyalty_id")]
                [return: PersonalData(DataCategory.PhoneNumber)]
                public string Describe() => _account.PhoneNumber + " " + _account.LoyaltyId;
            }
            """;
        var test = new CodeFixTest<PrivacyFlowAnalyzer, UnmarkedLibraryExposureCodeFixProvider>(source, fixedSource);

        // PRIV020 is decided at compilation end from the whole program's summaries (a non-local diagnostic), as
        // Visual Studio's full-solution analysis and `dotnet format analyzers` report and fix it.
        test.CodeFixTestBehaviors |= Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        await test.RunAsync();
    }
}
