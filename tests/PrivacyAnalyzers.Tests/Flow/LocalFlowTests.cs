using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

public class LocalFlowTests
{
    [Fact]
    public Task Annotated_property_into_advertising_sink_breaks_the_promise() => VerifyAsync("""
        class C { void M(Account a) { Ads.Upload({|PRIV001:a.PhoneNumber|}); } }
        """);

    [Fact]
    public Task Display_name_is_clean() => VerifyAsync("""
        class C { void M(Account a) { Ads.Upload(a.DisplayName); Stats.Track("x", a.Id); } }
        """);

    [Fact]
    public Task Through_locals_concatenation_and_interpolation() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var p = a.PhoneNumber;
                var q = "tel:" + p;
                var r = $"<{q}>";
                Ads.Upload({|PRIV001:r|});
            }
        }
        """);

    [Fact]
    public Task Overwritten_value_is_clean() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var p = a.PhoneNumber;
                p = "none";
                Ads.Upload(p);
            }
        }
        """);

    [Fact]
    public Task Email_to_analytics_is_undisclosed_and_to_log_is_logging() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                Stats.Track("signup", {|PRIV002:a.Email|});
                Log.Write({|PRIV003:a.Email|});
                Mailer.Send(a.Email);
            }
        }
        """);

    [Fact]
    public Task Anonymizer_clears() => VerifyAsync("""
        class C { void M(Account a) { Ads.Upload(Pii.Anonymize(a.PhoneNumber)); } }
        """);

    [Fact]
    public Task Through_helper_method_return() => VerifyAsync("""
        class C
        {
            static string Normalize(string s) => s.Trim();
            static string Constant(string s) => "x";
            void M(Account a)
            {
                Ads.Upload({|PRIV001:Normalize(a.PhoneNumber)|});
                Ads.Upload(Constant(a.PhoneNumber));
            }
        }
        """);

    [Fact]
    public Task Callee_sink_is_reported_inside_the_callee() => VerifyAsync("""
        class C
        {
            static void Share(string s) => Ads.Upload({|PRIV001:s|});
            void M(Account a) { Share(a.PhoneNumber); Share(a.DisplayName); }
        }
        """);

    [Fact]
    public Task Whole_object_with_personal_members() => VerifyAsync("""
        class C { void M(Account a) { Ads.Upload({|#0:a|}); } }
        """,
        At("PRIV001", 0), At("PRIV002", 0));
}
