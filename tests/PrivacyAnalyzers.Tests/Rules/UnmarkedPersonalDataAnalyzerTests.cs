using Microsoft.CodeAnalysis;
using DiagnosticResult = Microsoft.CodeAnalysis.Testing.DiagnosticResult;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

public sealed class UnmarkedPersonalDataAnalyzerTests
{
    private static AnalyzerTest<UnmarkedPersonalDataAnalyzer> Test(string source, params DiagnosticResult[] expected) => new(source, expected);

    [Fact]
    public async Task Reports_fields_properties_and_parameters_with_the_category_in_the_message()
    {
        var source = """
            public class Customer
            {
                private string {|#0:_email|};
                public string {|#1:PhoneNumber|} { get; set; } = "";
                public void Move(string {|#2:streetAddress|}, double {|#3:latitude|}) { }
            }
            """;
        await Test(source,
            new DiagnosticResult("PRIV100", DiagnosticSeverity.Info).WithLocation(0).WithArguments("_email", "user.contact.email"),
            new DiagnosticResult("PRIV100", DiagnosticSeverity.Info).WithLocation(1).WithArguments("PhoneNumber", "user.contact.phone_number"),
            new DiagnosticResult("PRIV100", DiagnosticSeverity.Info).WithLocation(2).WithArguments("streetAddress", "user.contact.address"),
            new DiagnosticResult("PRIV100", DiagnosticSeverity.Info).WithLocation(3).WithArguments("latitude", "user.location.precise"))
            .RunAsync();
    }

    [Fact]
    public async Task Reports_record_positional_members_once_at_the_parameter()
    {
        var source = """
            public record Person(string {|PRIV100:FirstName|}, string DisplayName);
            public class Account(string {|PRIV100:iban|})
            {
                public override string ToString() => iban;
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task Ignores_members_that_are_marked()
    {
        var source = """
            using PrivacyAnalyzers;
            public record Person([property: PersonalData(DataCategory.Email)] string Email, [PersonalData(DataCategory.Name)] string LastName);
            public class Customer
            {
                [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = "";
                [PersonalData("not a key")] public string Mobile { get; set; } = "";
                [Pii] public string Email { get; set; } = "";
                [Microsoft.Extensions.Compliance.Classification.NoDataClassification] public string SupportPhone { get; set; } = "";
            }

            public sealed class PiiAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }

            namespace Microsoft.Extensions.Compliance.Classification
            {
                public class DataClassificationAttribute : System.Attribute { }
                public sealed class NoDataClassificationAttribute : DataClassificationAttribute { }
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task Ignores_members_the_rules_file_names_as_sources()
    {
        var source = """
            namespace Acme
            {
                public class Session
                {
                    public string CurrentPhone { get; set; } = "";
                    public string {|PRIV100:Email|} { get; set; } = "";
                }
            }
            """;
        await Test(source).WithRules("source: P:Acme.Session.CurrentPhone ; user.contact.phone_number").RunAsync();
    }

    [Fact]
    public async Task Ignores_look_alikes_booleans_enums_constants_and_tools()
    {
        var source = """
            using System.Text.RegularExpressions;
            public enum PhoneKind { Mobile }
            public interface IEmailSender { }
            public class Settings
            {
                public const string Email = "support@example.com";
                public bool IsEmailConfirmed { get; set; }
                public PhoneKind Phone { get; set; }
                public string PhoneNumberFormat { get; set; } = "";
                public int AddressCount { get; set; }
                public string EmailTemplateId { get; set; } = "";
                public Regex EmailRegex { get; } = new Regex(".");
                public IEmailSender? Email2 { get; set; }
                public System.Net.Sockets.AddressFamily AddressFamily { get; set; }
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task Reports_the_declaration_not_its_overrides_or_implementations()
    {
        var source = """
            public interface IContact { string {|PRIV100:Email|} { get; } void Call(string {|PRIV100:phone|}); }
            public abstract class Base { public abstract string {|PRIV100:Mobile|} { get; } }
            public class Contact : Base, IContact
            {
                public string Email => "";
                public void Call(string phone) { }
                public override string Mobile => "";
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task Uses_the_category_of_well_known_types()
    {
        var source = """
            public class Connection
            {
                public System.Net.IPAddress? {|#0:RemoteAddress|} { get; set; }
                public System.Net.IPAddress? Gateway { get; set; }
            }
            """;
        await Test(source,
            new DiagnosticResult("PRIV100", DiagnosticSeverity.Info).WithLocation(0).WithArguments("RemoteAddress", "user.device.ip_address"))
            .RunAsync();
    }
}
