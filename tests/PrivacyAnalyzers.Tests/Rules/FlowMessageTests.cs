using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using FlowTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.PrivacyFlowAnalyzer>;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// Messages a reader can act on: every source of the category that reaches the sink expression (past three, the first
/// and how many more), a parameter source with its method, and for PRIV002 why the closest disclosure did not cover it.
/// </summary>
public class FlowMessageTests
{
    private const string Types = """
        using PrivacyAnalyzers;
        #DISCLOSURES
        public sealed class Contact
        {
            [PersonalData(DataCategory.Email)] public string Work { get; set; } = "";
            [PersonalData(DataCategory.Email)] public string Home { get; set; } = "";
            [PersonalData(DataCategory.Email)] public string Backup { get; set; } = "";
            [PersonalData(DataCategory.Email)] public string Old { get; set; } = "";
            [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = "";
            [PersonalData(DataCategory.Name)] public string Name { get; set; } = "";
            [PersonalData("user.contact.fax")] public string Fax { get; set; } = "";
        }
        public static class Amplitude { [DataSink(Recipient.Analytics, Party = "Amplitude")] public static void Track(string value) { } }
        public static class Mixpanel { [DataSink(Recipient.Analytics, Party = "Mixpanel")] public static void Track(string value) { } }
        public static class Log { [DataSink(Recipient.Logging)] public static void Write(string value) { } }

        """;

    private static string WithDisclosures(string disclosures) => Types.Replace("#DISCLOSURES", disclosures);

    private static DiagnosticResult Logged(int markup, string sources, string category = "user.contact.email") =>
        new DiagnosticResult(RuleDescriptors.UndisclosedLogging).WithLocation(markup).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(category, sources, "logging", "Log.Write", "");

    private static DiagnosticResult Shared(int markup, string category, string source, string party, string nearMiss) =>
        new DiagnosticResult(RuleDescriptors.UndisclosedSharing).WithLocation(markup).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(category, source, "analytics", party + ".Track", " (" + party + ")", "analytics, third-party", nearMiss);

    [Fact]
    public Task Every_source_of_the_category_is_named_and_past_three_the_first_and_how_many_more() => new FlowTest(WithDisclosures("") + """
        class C
        {
            void M(Contact c)
            {
                Log.Write({|#0:c.Work|});
                Log.Write({|#1:c.Work + c.Home|});
                Log.Write({|#2:c.Work + c.Home + c.Backup|});
                Log.Write({|#3:c.Work + c.Home + c.Backup + c.Old|});
            }
        }
        """,
        Logged(0, "'Contact.Work'"),
        Logged(1, "'Contact.Work', 'Contact.Home'"),
        Logged(2, "'Contact.Work', 'Contact.Backup', 'Contact.Home'"),
        Logged(3, "'Contact.Work' and 3 more")).RunAsync();

    [Fact]
    public Task A_parameter_source_is_named_with_its_method() => new FlowTest(WithDisclosures("") + """
        class Orders
        {
            public Orders([PersonalData(DataCategory.Email)] string email) => Log.Write({|#0:email|});
            void CreateOrder([PersonalData(DataCategory.Email)] string cardHolderEmail) => Log.Write({|#1:cardHolderEmail|});
            void MapRoutes() => Map(([PersonalData(DataCategory.Email)] string to) => Log.Write({|#2:to|}));
            static void Map(System.Delegate handler) { }
        }
        """,
        Logged(0, "'Orders(email)'"),
        Logged(1, "'CreateOrder(cardHolderEmail)'"),
        Logged(2, "'lambda(to)'")).RunAsync();

    [Fact]
    public Task PRIV002_says_why_the_closest_disclosure_did_not_cover_the_flow_other_recipients_or_a_neighbouring_category() => new FlowTest(WithDisclosures("""
        [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Analytics, Party = "Amplitude")]
        [assembly: PrivacyDisclosure(DataCategory.PhoneNumber, Recipient.Processor)]
        [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Analytics)]
        """) + """
        class C
        {
            void M(Contact c)
            {
                Amplitude.Track(c.Work);
                Mixpanel.Track({|#0:c.Phone|});
                Mixpanel.Track({|#1:c.Name|});
                Mixpanel.Track({|#2:c.Fax|});
            }
        }
        """,
        Shared(0, "user.contact.phone_number", "'Contact.Phone'", "Mixpanel", " (the disclosure of user.contact.phone_number names processor only)"),
        Shared(1, "user.name", "'Contact.Name'", "Mixpanel", ""),
        Shared(2, "user.contact.fax", "'Contact.Fax'", "Mixpanel", " (a disclosure covers user.contact.email, not user.contact.fax)")).RunAsync();

    [Fact]
    public Task PRIV002_names_the_other_party() => new FlowTest(WithDisclosures("""
        [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Analytics, Party = "Amplitude")]
        [assembly: PrivacyDisclosure(DataCategory.PhoneNumber, Recipient.Analytics, Party = "Mixpanel")]
        """) + """
        class C
        {
            void M(Contact c)
            {
                Mixpanel.Track({|#0:c.Work|});
                Amplitude.Track({|#1:c.Phone|});
            }
        }
        """,
        Shared(0, "user.contact.email", "'Contact.Work'", "Mixpanel", " (the disclosure of user.contact.email for analytics names Amplitude, not Mixpanel)"),
        Shared(1, "user.contact.phone_number", "'Contact.Phone'", "Amplitude", " (the disclosure of user.contact.phone_number for analytics names Mixpanel, not Amplitude)")).RunAsync();
}
