using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using DiagnosticResult = Microsoft.CodeAnalysis.Testing.DiagnosticResult;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>PRIV020 reads what the flow engine's summaries say a visible member returns.</summary>
public sealed class UnmarkedLibraryExposureTests
{
    private const string Account = """
        using PrivacyAnalyzers;
        public sealed class Account
        {
            [PersonalData(DataCategory.PhoneNumber)] public string PhoneNumber { get; init; } = "";
            [PersonalData(DataCategory.Email)] public string Email { get; init; } = "";
            public string DisplayName { get; init; } = "";
        }

        """;

    private static DiagnosticResult Expected(int location, string member, string category, string source) =>
        new DiagnosticResult("PRIV020", DiagnosticSeverity.Info).WithLocation(location).WithLocation(location + 1).WithArguments(member, category, source);

    [Fact]
    public async Task Reports_a_property_and_a_method_that_return_an_annotated_member()
    {
        var source = Account + """
            public class Profile
            {
                private readonly Account _account = new();
                public string {|#0:Phone|} => {|#1:_account.PhoneNumber|};
                public string {|#2:GetEmail|}() { return {|#3:_account.Email|}.Trim(); }
                public string Name => _account.DisplayName;
                [PersonalData(DataCategory.Email)] public string {|#4:Both|} { get { return _account.Email + {|#5:_account.PhoneNumber|}; } }
            }
            """;
        await new AnalyzerTest<PrivacyFlowAnalyzer>(source,
            Expected(0, "Profile.Phone", "user.contact.phone_number", "Account.PhoneNumber"),
            Expected(2, "Profile.GetEmail", "user.contact.email", "Account.Email"),
            Expected(4, "Profile.Both", "user.contact.phone_number", "Account.PhoneNumber")).RunAsync();
    }

    [Fact]
    public async Task Follows_locals_concatenation_and_interpolation()
    {
        var source = Account + """
            public class Card
            {
                public static string {|#0:Describe|}(Account account)
                {
                    var phone = {|#1:account.PhoneNumber|};
                    string line;
                    line = $"tel: {phone}";
                    return "Contact " + line;
                }
            }
            """;
        await new AnalyzerTest<PrivacyFlowAnalyzer>(source,
            Expected(0, "Card.Describe", "user.contact.phone_number", "Account.PhoneNumber")).RunAsync();
    }

    [Fact]
    public async Task Ignores_marked_members_hidden_members_sizes_and_lambdas()
    {
        var source = Account + """
            public class Profile
            {
                private readonly Account _account = new();
                [PersonalData(DataCategory.PhoneNumber)] public string Phone => _account.PhoneNumber;
                [return: PersonalData(DataCategory.Email)] public string GetEmail() => _account.Email;
                [PersonalData(DataCategory.Contact)] public string Contact => _account.PhoneNumber + _account.Email;
                internal string InternalPhone => _account.PhoneNumber;
                private string PrivatePhone => _account.PhoneNumber;
                public int PhoneLength => _account.PhoneNumber.Length;
                public bool HasPhone => _account.PhoneNumber.StartsWith("+");
                public System.Func<string> PhoneReader => () => _account.PhoneNumber;
            }
            internal class Hidden
            {
                public string Phone => new Account().PhoneNumber;
            }
            """;
        await new AnalyzerTest<PrivacyFlowAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task Skips_executables()
    {
        var source = Account + """
            public class Profile
            {
                public string Phone => new Account().PhoneNumber;
                public static void Main() { }
            }
            """;
        var test = new AnalyzerTest<PrivacyFlowAnalyzer>(source);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
    }

    [Fact]
    public async Task Follows_a_helper_a_switch_expression_an_array_and_a_private_field_set_in_the_constructor()
    {
        var source = Account + """
            public class Contact
            {
                private readonly string _phone;
                public Contact(Account account) { _phone = {|#5:account.PhoneNumber|}; }
                public string {|#0:Phone|} => _phone;
                public string {|#2:Best|}(Account a, int kind) => kind switch { 0 => a.DisplayName, 1 => Format({|#3:a.Email|}), _ => "" };
                public string[] {|#6:All|}(Account a) => new[] { a.DisplayName, {|#7:a.PhoneNumber|} };
                public string Greeting(Account a) => Format(a.DisplayName);
                private static string Format(string value) => "<" + value.Trim() + ">";
            }
            """;
        await new AnalyzerTest<PrivacyFlowAnalyzer>(source,
            new DiagnosticResult("PRIV020", DiagnosticSeverity.Info).WithLocation(0).WithLocation(5).WithArguments("Contact.Phone", "user.contact.phone_number", "Account.PhoneNumber"),
            Expected(2, "Contact.Best", "user.contact.email", "Account.Email"),
            new DiagnosticResult("PRIV020", DiagnosticSeverity.Info).WithLocation(6).WithLocation(7).WithArguments("Contact.All", "user.contact.phone_number", "Account.PhoneNumber")).RunAsync();
    }

    [Fact]
    public async Task Nothing_is_reported_or_computed_where_the_build_says_nobody_reads_info_diagnostics()
    {
        // The package's targets say so on a command-line build whose compiler log is there only for the first-build hint;
        // with the property unset (the editor, a build with an ErrorLog) the test above reports as usual.
        var source = Account + """
            public class Profile
            {
                private readonly Account _account = new();
                public string Phone => _account.PhoneNumber;
            }
            """;
        await new AnalyzerTest<PrivacyFlowAnalyzer>(source).WithGlobalConfig("build_property.PrivacyInfoDiagnostics = false").RunAsync();
        await new AnalyzerTest<PrivacyFlowAnalyzer>(source,
            new DiagnosticResult("PRIV020", DiagnosticSeverity.Info).WithSpan(11, 19, 11, 24).WithSpan(11, 28, 11, 48)
                .WithArguments("Profile.Phone", "user.contact.phone_number", "Account.PhoneNumber"))
            .WithGlobalConfig("build_property.PrivacyInfoDiagnostics = true").RunAsync();
    }
}
