using Microsoft.CodeAnalysis.Testing;
using AnalyzerTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.MalformedAnnotationAnalyzer>;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

public sealed class MalformedAnnotationTests
{
    private static DiagnosticResult Priv010(int marker, string message) =>
        new DiagnosticResult(RuleDescriptors.MalformedAnnotation).WithLocation(marker).WithArguments(message);

    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        new AnalyzerTest(source, expected).RunAsync();

    [Fact]
    public Task Bad_category_key_on_a_property_suggests_the_well_known_key() => Verify("""
        using PrivacyAnalyzers;
        public class Account
        {
            [{|#0:PersonalData("Phone")|}] public string PhoneNumber { get; set; } = "";
        }
        """,
        Priv010(0, "'Phone' is not a valid category key: use a lower-case dotted key such as 'user.contact.phone_number' (DataCategory.PhoneNumber)"));

    [Fact]
    public Task Bad_keys_on_field_parameter_type_and_return_value_are_each_reported() => Verify("""
        using PrivacyAnalyzers;
        [{|#0:PersonalData("User.Contact.Email")|}]
        public class Profile
        {
            [{|#1:PersonalData("date of birth")|}] public string Born = "";

            [return: {|#2:PersonalData("")|}]
            public string Address() => "";

            public void Save([{|#3:PersonalData("user..name")|}] string name) { }
        }
        """,
        Priv010(0, "'User.Contact.Email' is not a valid category key: use a lower-case dotted key such as 'user.contact.email' (DataCategory.Email)"),
        Priv010(1, "'date of birth' is not a valid category key: use a lower-case dotted key such as 'user.demographic.date_of_birth' (DataCategory.DateOfBirth)"),
        Priv010(2, "'' is not a valid category key: use a lower-case dotted key such as 'user.contact.phone_number' (DataCategory.PhoneNumber)"),
        Priv010(3, "'user..name' is not a valid category key: use a lower-case dotted key such as 'user.name' (DataCategory.Name)"));

    [Fact]
    public Task A_consent_check_that_is_no_bool_or_names_no_recipient_is_reported() => Verify("""
        using PrivacyAnalyzers;
        public class Consents
        {
            [ConsentCheck(Recipient.Analytics)] public bool Analytics { get; set; }
            [ConsentCheck(Recipient.Analytics)] public bool AllowsAnalytics(int userId) => true;
            [{|#0:ConsentCheck(Recipient.Analytics)|}] public string Level { get; set; } = "";
            [{|#1:ConsentCheck(Recipient.None)|}] public bool Nothing() => true;
        }
        """,
        Priv010(0, "[ConsentCheck] on 'Consents.Level' is ignored: a consent check is a bool method or property whose true means the user agreed"),
        Priv010(1, "[ConsentCheck] on 'Consents.Nothing' names no recipient: pass whom the consent covers, such as Recipient.Analytics"));

    [Fact]
    public Task Null_category_key_is_reported() => Verify("""
        using PrivacyAnalyzers;
        public class Account
        {
            [{|#0:PersonalData(null)|}] public string Phone = "";
        }
        """,
        Priv010(0, "null is not a valid category key: use a lower-case dotted key such as 'user.contact.phone_number' (DataCategory.PhoneNumber)"));

    [Fact]
    public Task Well_known_and_team_defined_keys_are_clean() => Verify("""
        using System.Threading.Tasks;
        using PrivacyAnalyzers;
        [assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising | Recipient.Affiliate, Statement = "Never.")]
        [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "SendGrid", Purpose = "Account e-mails")]
        [assembly: PrivacyDisclosure(DataCategory.PhoneNumber, Recipient.Analytics)]
        [assembly: PrivacyDisclosure("acme.loyalty_id", Recipient.Affiliate | Recipient.Advertising)]

        [PersonalData("acme.loyalty_id")]
        public class Member
        {
            [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = "";
            [PersonalData("user.contact.phone_number"), PersonalData(DataCategory.Contact)] public string Both = "";
            [PersonalData(DataCategory.Name)] public string Name() => "";
            [return: PersonalData(DataCategory.Email)] public Task<string> EmailAsync() => Task.FromResult("");
            [Anonymizer(DataCategory.Contact, "acme.loyalty_id")] public static string Mask(string value) => "";
            [Anonymizer] public static string Scrub(string value) => "";
        }

        [DataSink(Recipient.Advertising | Recipient.Affiliate, Party = "Meta")]
        public interface IAudienceUploader { void Upload([DataSink(Recipient.Analytics)] string id); }
        """);

    [Fact]
    public Task PersonalData_on_a_method_that_returns_nothing_is_reported() => Verify("""
        using System.Threading.Tasks;
        using PrivacyAnalyzers;
        public class Account
        {
            [{|#0:PersonalData(DataCategory.PhoneNumber)|}] public void Save() { }
            [return: {|#1:PersonalData(DataCategory.PhoneNumber)|}] public Task SaveAsync() => Task.CompletedTask;
            [{|#2:PersonalData(DataCategory.PhoneNumber)|}] public ValueTask SyncAsync() => default;
            [PersonalData(DataCategory.PhoneNumber)] public ValueTask<string> PhoneAsync() => default;
        }
        """,
        Priv010(0, "[PersonalData] on 'Account.Save' marks its return value, but the method returns nothing: put it on the property, field or parameter that holds the data"),
        Priv010(1, "[PersonalData] on 'Account.SaveAsync' marks its return value, but the method returns nothing: put it on the property, field or parameter that holds the data"),
        Priv010(2, "[PersonalData] on 'Account.SyncAsync' marks its return value, but the method returns nothing: put it on the property, field or parameter that holds the data"));

    [Fact]
    public Task Anonymizer_that_returns_nothing_or_names_a_bad_key_is_reported() => Verify("""
        using PrivacyAnalyzers;
        public static class Pii
        {
            [{|#0:Anonymizer|}] public static void Forget(string value) { }
            [{|#1:Anonymizer("Email", DataCategory.Name)|}] public static string Mask(string value) => "";
        }
        """,
        Priv010(0, "[Anonymizer] on 'Pii.Forget' clears its return value, but the method returns nothing: an anonymizer must return the cleaned value"),
        Priv010(1, "'Email' is not a valid category key: use a lower-case dotted key such as 'user.contact.email' (DataCategory.Email)"));

    [Fact]
    public Task Attributes_on_local_functions_and_lambdas_are_checked() => Verify("""
        using System;
        using PrivacyAnalyzers;
        public class Screen
        {
            public void Show()
            {
                [{|#0:PersonalData(DataCategory.Name)|}] void Render() { }
                Func<string, string> f = ([{|#1:PersonalData("Name")|}] string s) => s;
                Render();
            }
        }
        """,
        Priv010(0, "[PersonalData] on 'Screen.Render' marks its return value, but the method returns nothing: put it on the property, field or parameter that holds the data"),
        Priv010(1, "'Name' is not a valid category key: use a lower-case dotted key such as 'user.name' (DataCategory.Name)"));

    [Fact]
    public Task Promise_that_rules_out_no_recipient_or_has_a_bad_key_is_reported() => Verify("""
        using PrivacyAnalyzers;
        [assembly: {|#0:PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.None, Statement = "Safe.")|}]
        [assembly: {|#1:PrivacyPromise(DataCategory.Email)|}]
        [assembly: {|#2:PrivacyPromise("PhoneNumber", NeverSharedWith = Recipient.Advertising)|}]
        """,
        Priv010(0, "The promise about 'user.contact.phone_number' rules out no recipient: set NeverSharedWith, such as Recipient.Advertising | Recipient.Affiliate, or ConsentRequiredFor, such as Recipient.Analytics"),
        Priv010(1, "The promise about 'user.contact.email' rules out no recipient: set NeverSharedWith, such as Recipient.Advertising | Recipient.Affiliate, or ConsentRequiredFor, such as Recipient.Analytics"),
        Priv010(2, "'PhoneNumber' is not a valid category key: use a lower-case dotted key such as 'user.contact.phone_number' (DataCategory.PhoneNumber)"));

    [Fact]
    public Task Disclosure_that_a_promise_contradicts_is_reported() => Verify("""
        using PrivacyAnalyzers;
        [assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising | Recipient.Affiliate, Statement = "We never share your phone number.")]
        [assembly: PrivacyPromise(DataCategory.Email, NeverSharedWith = Recipient.ThirdParty, Statement = "Your e-mail stays with us.")]
        [assembly: {|#0:PrivacyDisclosure(DataCategory.Contact, Recipient.Advertising | Recipient.Analytics, Party = "Meta")|}]
        [assembly: {|#1:PrivacyDisclosure(DataCategory.Email, Recipient.Analytics)|}]
        [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Analytics | Recipient.Processor)]
        [assembly: PrivacyDisclosure(DataCategory.PhoneNumber, Recipient.Processor)]
        [assembly: PrivacyDisclosure("user.contact_preferences", Recipient.Advertising)]
        """,
        Priv010(0, "The disclosure of 'user.contact' to advertising contradicts the promise \"We never share your phone number.\": the promise wins, so remove or narrow one of them"),
        Priv010(0, "The disclosure of 'user.contact' to third-party contradicts the promise \"Your e-mail stays with us.\": the promise wins, so remove or narrow one of them"),
        Priv010(1, "The disclosure of 'user.contact.email' to third-party contradicts the promise \"Your e-mail stays with us.\": the promise wins, so remove or narrow one of them"));

    [Fact]
    public Task Disclosure_and_sink_without_recipients_are_reported() => Verify("""
        using PrivacyAnalyzers;
        [assembly: {|#0:PrivacyDisclosure("Email", Recipient.None)|}]

        [{|#1:DataSink(Recipient.None)|}]
        public interface ITracker { void Track(string name); }

        public class Crm
        {
            [{|#2:DataSink(0, Party = "Acme")|}] public void Send(string value) { }
            public string Note { [DataSink(Recipient.Logging)] set { } }
        }
        """,
        Priv010(0, "'Email' is not a valid category key: use a lower-case dotted key such as 'user.contact.email' (DataCategory.Email)"),
        Priv010(0, "The disclosure of 'Email' names no recipient: pass who receives the data, such as Recipient.Processor"),
        Priv010(1, "[DataSink] on 'ITracker' names no recipient: pass who receives the data, such as Recipient.Analytics or Recipient.Advertising | Recipient.ThirdParty"),
        Priv010(2, "[DataSink] on 'Crm.Send' names no recipient: pass who receives the data, such as Recipient.Analytics or Recipient.Advertising | Recipient.ThirdParty"));

    [Fact]
    public Task Unusable_rules_file_lines_are_reported_at_their_line() =>
        new AnalyzerTest("""
            public class Account { public string Phone = ""; }
            """)
            .WithRules("""
                # Team rules
                source: F:Account.Phone ; user.contact.phone_number
                {|PRIV010:source: F:Account.Missing ; user.contact.phone_number|}
                {|PRIV010:sink: F:Account.Phone ; adverts|}
                """)
            .RunAsync();

    [Fact]
    public Task Half_typed_attributes_raise_compiler_errors_only()
    {
        var test = new AnalyzerTest("""
            using PrivacyAnalyzers;
            [assembly: PrivacyPromise(NeverSharedWith = Recipient.Advertising)]
            [assembly: PrivacyDisclosure(DataCategory.Email)]
            public class Account
            {
                [PersonalData] public string A = "";
                [PersonalData(DataCategory.)] public string B = "";
                [PersonalData(Missing.Key)] public string C = "";
                [PersonalData(42)] public string D = "";
                [DataSink(Recipient.)] public void E(string s) { }
                [DataSink] public void F(string s) { }
                [Anonymizer(1, 2)] public static string G(string s) => s;
                [PersonalData("user.name")] public Unknown H() => null;
                [UnknownAttribute("Phone")] public string I = "";
            }
            """);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }
}
