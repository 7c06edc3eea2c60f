using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.CodeFixes;

/// <summary>PRIV001 without consent: the fix wraps the sink call in the one consent check in scope that covers it.</summary>
public sealed class WrapInConsentCheckCodeFixTests
{
    private const string Policy = """
        using PrivacyAnalyzers;

        [assembly: PrivacyPromise(DataCategory.Email, ConsentRequiredFor = Recipient.Analytics, Statement = "Analytics only if you opt in.")]

        public class Account { [PersonalData(DataCategory.Email)] public string Email { get; set; } = ""; }
        public static class Stats { [DataSink(Recipient.Analytics, Party = "Mixpanel")] public static void Track(object value) { } }
        public class Consents
        {
            [ConsentCheck(Recipient.Analytics)] public bool Analytics { get; set; }
            [ConsentCheck(Recipient.Advertising)] public bool Ads() => false;
        }

        """;

    [Fact]
    public Task Wraps_the_sink_call_in_the_one_covering_check() =>
        new CodeFixTest<PrivacyFlowAnalyzer, WrapInConsentCheckCodeFixProvider>(Policy + """
            class C
            {
                private readonly Consents _consents = new Consents();
                void M(Account a)
                {
                    var email = a.Email;
                    Stats.Track({|PRIV001:email|});
                }
            }
            """, Policy + """
            class C
            {
                private readonly Consents _consents = new Consents();
                void M(Account a)
                {
                    var email = a.Email;
                    if (_consents.Analytics)
                    {
                        Stats.Track(email);
                    }
                }
            }
            """)
        {
            // Consent flows are judged at compilation end (every caller known): the diagnostic is not local to the document.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        }.RunAsync();

    [Fact]
    public Task Offers_nothing_when_two_checks_cover_the_flow() =>
        new CodeFixTest<PrivacyFlowAnalyzer, WrapInConsentCheckCodeFixProvider>(Policy + """
            class C
            {
                void M(Account a, Consents mine, Consents theirs)
                {
                    Stats.Track({|PRIV001:a.Email|});
                }
            }
            """, Policy + """
            class C
            {
                void M(Account a, Consents mine, Consents theirs)
                {
                    Stats.Track({|PRIV001:a.Email|});
                }
            }
            """)
        {
            // Consent flows are judged at compilation end (every caller known): the diagnostic is not local to the document.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        }.RunAsync();
}
