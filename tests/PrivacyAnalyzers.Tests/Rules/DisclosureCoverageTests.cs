using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>Disclosures read recipients the way sinks do, and a disclosure's party also covers sinks that name none.</summary>
public class DisclosureCoverageTests
{
    private const string Code = """
        using PrivacyAnalyzers;
        [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Analytics, Party = "Amplitude")]
        [assembly: PrivacyDisclosure(DataCategory.PhoneNumber, Recipient.AIProvider, Party = "OpenAI")]
        public sealed class Account
        {
            [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
            [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = "";
        }
        public static class Amplitude { [DataSink(Recipient.Analytics, Party = "Amplitude")] public static void Track(string value) { } }
        public static class Mixpanel { [DataSink(Recipient.Analytics, Party = "Mixpanel")] public static void Track(string value) { } }
        public static class Assistant { [DataSink(Recipient.AIProvider)] public static void Ask(string prompt) { } }
        class C
        {
            void M(Account a)
            {
                Amplitude.Track(a.Email);                   // analytics disclosed for Amplitude covers its third party too
                Mixpanel.Track({|PRIV002:a.Email|});        // another party
                Assistant.Ask(a.Phone);                     // a sink that names no party: the OpenAI disclosure covers it
                Assistant.Ask({|PRIV002:a.Email|});         // no disclosure of e-mail to an AI provider
            }
        }
        """;

    [Fact]
    public Task Disclosures_cover_purpose_only_sinks_and_party_less_sinks() => new AnalyzerTest<PrivacyFlowAnalyzer>(Code).RunAsync();
}
