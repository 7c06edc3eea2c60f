using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using Xunit;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>Promises that hold only with consent (SPEC section 6): each guard shape, in the method and in callers.</summary>
public class ConsentTests
{
    /// <summary>The flow prelude plus a consent promise for analytics (markup 98), consent checks and a value-returning analytics sink.</summary>
    private static readonly string Prelude = FlowVerifier.Prelude
        .Replace("[assembly: PrivacyDisclosure", "[assembly: {|#98:PrivacyPromise(DataCategory.PhoneNumber, ConsentRequiredFor = Recipient.Analytics, Statement = \"We use your phone number for analytics only if you opt in.\")|}]\n[assembly: PrivacyDisclosure")
        + """
        public static class Consent
        {
            [ConsentCheck(Recipient.Analytics)] public static bool Analytics { get; set; }
            [ConsentCheck(Recipient.Advertising)] public static bool Ads() => false;
            public static bool Other => true;
        }
        public static class Metrics { [DataSink(Recipient.Analytics, Party = "Mixpanel")] public static bool Send(object value) => true; }
        public static class Session { [PersonalData(DataCategory.PhoneNumber)] public static string Phone => ""; }

        """;

    private static Task VerifyAsync(string code, params DiagnosticResult[] expected) =>
        new Infrastructure.AnalyzerTest<PrivacyFlowAnalyzer>(Prelude + code, expected).RunAsync();

    [Fact]
    public Task If_guard_allows_and_a_sink_outside_it_breaks_the_promise() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                if (Consent.Analytics) { Stats.Track("p", a.PhoneNumber); }
                Stats.Track("p", {|PRIV001:a.PhoneNumber|});
            }
        }
        """);

    [Fact]
    public Task Message_says_without_the_users_consent() => VerifyAsync("""
        class C
        {
            void M(Account a) { Stats.Track("p", {|#0:a.PhoneNumber|}); }
        }
        """,
        new DiagnosticResult("PRIV001", DiagnosticSeverity.Error).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("user.contact.phone_number from 'Account.PhoneNumber' reaches analytics sink 'Stats.Track' (Mixpanel) without the user's consent, breaking the promise \"We use your phone number for analytics only if you opt in.\""));

    [Fact]
    public Task Negated_early_return_guards_what_follows() => VerifyAsync("""
        class C
        {
            void Guarded(Account a)
            {
                if (!Consent.Analytics) return;
                Stats.Track("p", a.PhoneNumber);
            }
            void NotReturning(Account a)
            {
                if (!Consent.Analytics) Console.WriteLine("no consent");
                Stats.Track("p", {|PRIV001:a.PhoneNumber|});
            }
        }
        """);

    [Fact]
    public Task Conditional_and_guards_and_or_does_not() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                if (a.Id > 0 && Consent.Analytics) Stats.Track("p", a.PhoneNumber);
                if (a.Id > 0 || Consent.Analytics) Stats.Track("p", {|PRIV001:a.PhoneNumber|});
                var sent = Consent.Analytics && Metrics.Send(a.PhoneNumber);
            }
            void N(Account a) { var sent = Consent.Analytics || Metrics.Send({|PRIV001:a.PhoneNumber|}); }
        }
        """);

    [Fact]
    public Task Conditional_operator_guards_its_true_arm_only() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var sent = Consent.Analytics ? Metrics.Send(a.PhoneNumber) : false;
                var other = Consent.Analytics ? false : Metrics.Send({|PRIV001:a.PhoneNumber|});
            }
        }
        """);

    [Fact]
    public Task Switch_on_a_check_and_a_when_guard() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                switch (Consent.Analytics)
                {
                    case true: Stats.Track("p", a.PhoneNumber); break;
                    case false: Stats.Track("p", {|PRIV001:a.PhoneNumber|}); break;
                }
            }
            void N(Account a)
            {
                switch (a.Id)
                {
                    case 1 when Consent.Analytics: Stats.Track("p", a.PhoneNumber); break;
                    case 2: Stats.Track("p", {|PRIV001:a.PhoneNumber|}); break;
                }
            }
        }
        """);

    [Fact]
    public Task While_and_for_conditions_guard_their_bodies() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                while (Consent.Analytics) { Stats.Track("p", a.PhoneNumber); break; }
                for (var i = 0; i < 3 && Consent.Analytics; i++) { Stats.Track("p", a.PhoneNumber); }
                while (!Consent.Analytics) { Stats.Track("p", {|PRIV001:a.PhoneNumber|}); break; }
            }
        }
        """);

    [Fact]
    public Task A_check_stored_in_a_local_counts_until_the_local_is_overwritten() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var ok = Consent.Analytics;
                Console.WriteLine("later");
                if (ok) Stats.Track("p", a.PhoneNumber);
                var both = a.Id > 0 && Consent.Analytics;
                if (both) Stats.Track("p", a.PhoneNumber);
            }
            void N(Account a)
            {
                var ok = Consent.Analytics;
                ok = a.Id > 0;
                if (ok) Stats.Track("p", {|PRIV001:a.PhoneNumber|});
            }
        }
        """);

    [Fact]
    public Task A_guard_on_only_one_of_two_paths_breaks_the_promise() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                if (a.Id > 0)
                {
                    if (!Consent.Analytics) return;
                }
                Stats.Track("p", {|PRIV001:a.PhoneNumber|});
            }
        }
        """);

    [Fact]
    public Task A_check_for_the_wrong_recipient_breaks_the_promise() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                if (Consent.Ads()) Stats.Track("p", {|PRIV001:a.PhoneNumber|});
                if (Consent.Other) Stats.Track("p", {|PRIV001:a.DisplayName + a.PhoneNumber|});
            }
        }
        """);

    [Fact]
    public Task A_guard_in_the_caller_two_calls_up_settles_the_flow() => VerifyAsync("""
        class Uploader { public void Upload(Account a) { Stats.Track("p", a.PhoneNumber); } public void Current() { Stats.Track("p", Session.Phone); } }
        class Service
        {
            private readonly Uploader _uploader = new Uploader();
            public void Sync(Account a) { _uploader.Upload(a); _uploader.Current(); }
        }
        class Controller
        {
            private readonly Service _service = new Service();
            public void Post(Account a)
            {
                if (Consent.Analytics) _service.Sync(a);
            }
        }
        """);

    [Fact]
    public Task One_unguarded_caller_is_enough_to_break_the_promise() => VerifyAsync("""
        class Uploader { public void Upload(Account a) { Stats.Track("p", {|PRIV001:a.PhoneNumber|}); } public void Current() { Stats.Track("p", {|PRIV001:Session.Phone|}); } }
        class Service
        {
            private readonly Uploader _uploader = new Uploader();
            public void Sync(Account a) { _uploader.Upload(a); _uploader.Current(); }
        }
        class Controller
        {
            private readonly Service _service = new Service();
            public void Post(Account a)
            {
                if (Consent.Analytics) _service.Sync(a);
            }
            public void Import(Account a) { _service.Sync(a); }
        }
        """);

    [Fact]
    public Task A_sink_the_promise_rules_out_stays_PRIV001_whatever_the_consent() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                if (Consent.Analytics) Ads.Upload({|PRIV001:a.PhoneNumber|});
            }
        }
        """);

    [Fact]
    public Task Rules_file_consent_lines_work_like_the_attributes() =>
        new Infrastructure.AnalyzerTest<PrivacyFlowAnalyzer>(FlowVerifier.Prelude + """
            namespace Acme { public static class Prefs { public static bool Tracking() => true; } }
            class C
            {
                void M(Account a)
                {
                    if (Acme.Prefs.Tracking()) Stats.Track("e", a.Email);
                    Stats.Track("e", {|PRIV001:a.Email|});
                }
            }
            """)
            .WithRules("""
                consent: M:Acme.Prefs.Tracking ; analytics
                promise: user.contact.email ; consent: analytics ; E-mail goes to analytics only with your consent.
                """)
            .RunAsync();
}
