using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;


namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>Runs the flow analyzer on a snippet that gets a standard prelude: an account, sinks and a promise.</summary>
public static class FlowVerifier
{
    /// <summary>
    /// Declares <c>Account</c> (phone and e-mail personal, display name not), an advertising sink of
    /// the parent company (<c>Ads.Upload</c>), an analytics sink (<c>Stats.Track</c>), a logging sink
    /// (<c>Log.Write</c>), a processor (<c>Mailer.Send</c>), an anonymizer, and the phone promise (markup location 99).
    /// </summary>
    public const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using PrivacyAnalyzers;

        [assembly: {|#99:PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising | Recipient.Affiliate, Statement = "We never share your phone number with advertisers.")|}]
        [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "SendGrid")]

        public class Account
        {
            [PersonalData(DataCategory.PhoneNumber)] public string PhoneNumber { get; set; } = "";
            [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
            public string DisplayName { get; set; } = "";
            public int Id { get; set; }
        }

        public static class Ads { [DataSink(Recipient.Advertising | Recipient.Affiliate, Party = "Meta")] public static void Upload(object value) { } }
        public static class Stats { [DataSink(Recipient.Analytics, Party = "Mixpanel")] public static void Track(string name, object value) { } }
        public static class Log { [DataSink(Recipient.Logging)] public static void Write(object value) { } }
        public static class Mailer { [DataSink(Recipient.Processor, Party = "SendGrid")] public static void Send(object value) { } }
        public static class Pii { [Anonymizer] public static string Anonymize(string value) => "x"; }

        """;

    /// <summary>An expected flow diagnostic at markup location <c>{|#n:...|}</c>, its path not checked.</summary>
    public static DiagnosticResult At(string id, int markup) =>
        new DiagnosticResult(id, id == "PRIV001" ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : id == "PRIV100" || id == "PRIV020" ? Microsoft.CodeAnalysis.DiagnosticSeverity.Info : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(markup).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static Task VerifyAsync(string code, params DiagnosticResult[] expected) =>
        new Infrastructure.AnalyzerTest<PrivacyFlowAnalyzer>(Prelude + code, expected).RunAsync();
}
