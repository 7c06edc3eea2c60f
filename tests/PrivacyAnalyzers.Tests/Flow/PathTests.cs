using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>The diagnostic shows the whole path (source, steps in order, promise) and quotes the promise.</summary>
public class PathTests
{
    private const string Promise = "We never share your phone number with advertisers.";

    private static DiagnosticResult Broken(string source = "'Account.PhoneNumber'") =>
        new DiagnosticResult("PRIV001", DiagnosticSeverity.Error)
            .WithArguments("user.contact.phone_number", source, "advertising, affiliate", "Ads.Upload", " (Meta)", Promise);

    [Fact]
    public Task Path_runs_from_the_caller_through_the_callee_to_the_sink() => VerifyAsync("""
        class C
        {
            static void Share(string s) { var {|#4:t = s|}; Ads.Upload({|#0:t|}); }
            void A(Account a) { var {|#2:p = {|#1:a.PhoneNumber|}|}; Share({|#3:p|}); }
        }
        """,
        Broken().WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(3).WithLocation(4).WithLocation(99));

    [Fact]
    public Task Path_runs_through_a_return() => VerifyAsync("""
        class C
        {
            string Get(Account a) { {|#2:return {|#1:a.PhoneNumber|};|} }
            void B(Account a) { var {|#4:x = {|#3:Get(a)|}|}; Ads.Upload({|#0:x|}); }
        }
        """,
        Broken().WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(3).WithLocation(4).WithLocation(99));
}
