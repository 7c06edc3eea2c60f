using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Flow;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Adoption;

/// <summary>Fingerprints of flow findings, and what PrivacyBaseline.txt makes of them.</summary>
public sealed class BaselineTests
{
    private const string Leaks = """
        class Checkout
        {
            void Pay(Account a)
            {
                var mail = a.Email;
                Log.Write(mail);
                Ads.Upload(a.PhoneNumber);
            }

            void Notify(Account a) => Stats.Track("signup", a.Email);
        }
        """;

    private const string LogEmail = "PRIV003;user.contact.email;P:Account.Email;M:Log.Write(System.Object);M:Checkout.Pay(Account)";
    private const string TrackEmail = "PRIV002;user.contact.email;P:Account.Email;M:Stats.Track(System.String,System.Object);M:Checkout.Notify(Account)";
    private const string UploadPhone = "PRIV001;user.contact.phone_number;P:Account.PhoneNumber;M:Ads.Upload(System.Object);M:Checkout.Pay(Account)";

    [Fact]
    public async Task Every_flow_finding_carries_its_fingerprint_and_containing_member()
    {
        var found = await Run(Leaks);
        Assert.Equal(
            [
                "PRIV003 Test0.cs(30,19) Warning " + LogEmail + " Checkout.Pay",
                "PRIV001 Test0.cs(31,20) Error " + UploadPhone + " Checkout.Pay",
                "PRIV002 Test0.cs(34,53) Warning " + TrackEmail + " Checkout.Notify",
            ],
            found.Select(d => Describe(d) + " " + d.Properties[DiagnosticProperties.Fingerprint] + " " + d.Properties[DiagnosticProperties.Containing]));
    }

    [Fact]
    public async Task Baselined_findings_are_hidden_and_stale_entries_are_PRIV011_at_their_line()
    {
        var baseline = $"""
            # accepted on adoption
            {LogEmail.Replace(";", " ; ")}  # Account.Email reaches Log.Write in Checkout.Pay
            PRIV002;user.contact.email;P:Account.Email;M:Stats.Track(System.String,System.Object);M:Checkout.Gone(Account)
            """;
        var found = await Run(Leaks, baseline);
        Assert.Equal(
            [
                "PRIV001 Test0.cs(31,20) Error",
                "PRIV002 Test0.cs(34,53) Warning",
                "PRIV011 PrivacyBaseline.txt(3,1) Info",
            ],
            found.Select(Describe));
    }

    [Fact]
    public async Task A_broken_promise_is_baselined_only_when_the_option_allows_it()
    {
        var baseline = UploadPhone + "\n" + LogEmail;
        var refused = await Run(Leaks, baseline, extraAnalyzer: new MalformedAnnotationAnalyzer());
        Assert.Equal(
            [
                "PRIV001 Test0.cs(31,20) Error",
                "PRIV002 Test0.cs(34,53) Warning",
                "PRIV010 PrivacyBaseline.txt(1,1) Warning",
            ],
            refused.Select(Describe));
        Assert.Equal("baseline", refused[0].Properties[DiagnosticProperties.Baseline] is "refused" ? "baseline" : "");

        var allowed = await Run(Leaks, baseline, "privacy_analyzers.baseline_allows_promise_breaks = true");
        Assert.Equal(["PRIV002 Test0.cs(34,53) Warning"], allowed.Select(Describe));
    }

    [Fact]
    public async Task The_option_shows_baselined_findings_at_suggestion_severity()
    {
        var found = await Run(Leaks, LogEmail, "privacy_analyzers.baselined_severity = suggestion");
        Assert.Equal(
            ["PRIV003 Test0.cs(30,19) Info", "PRIV001 Test0.cs(31,20) Error", "PRIV002 Test0.cs(34,53) Warning"],
            found.Select(Describe));
        Assert.Equal("true", found[0].Properties[DiagnosticProperties.Baselined]);
        Assert.StartsWith("user.contact.email from 'Account.Email' reaches logging sink 'Log.Write'", found[0].GetMessage());
    }

    [Fact]
    public async Task While_the_baseline_is_written_the_old_one_is_ignored_and_findings_are_suggestions()
    {
        var found = await Run(Leaks, "PRIV003;user.contact.email;P:Account.Email;M:Log.Write(System.Object);M:Checkout.Gone", "build_property.PrivacyBaselineUpdate = true");
        Assert.Equal(
            ["PRIV003 Test0.cs(30,19) Info", "PRIV001 Test0.cs(31,20) Error", "PRIV002 Test0.cs(34,53) Info"],
            found.Select(Describe));
    }

    [Fact]
    public async Task Moving_a_leak_or_renaming_a_local_keeps_its_fingerprint_and_moving_it_into_another_method_does_not()
    {
        var moved = Leaks.Replace("    void Pay(", "\n\n\n\n\n\n\n\n\n\n    void Pay(").Replace(" mail", " address").Replace("(mail)", "(address)");
        var found = await Run(moved, LogEmail);
        Assert.Equal(["PRIV001 Test0.cs(41,20) Error", "PRIV002 Test0.cs(44,53) Warning"], found.Select(Describe));

        var otherMethod = Leaks.Replace("Log.Write(mail);", "").Replace("=> Stats.Track(\"signup\", a.Email);", "{ Stats.Track(\"signup\", a.Email); Log.Write(a.Email); }");
        var elsewhere = await Run(otherMethod, LogEmail);
        Assert.Equal(
            ["PRIV001 Test0.cs(31,20) Error", "PRIV002 Test0.cs(34,52) Warning", "PRIV003 Test0.cs(34,72) Warning", "PRIV011 PrivacyBaseline.txt(1,1) Info"],
            elsewhere.Select(Describe));
    }

    [Fact]
    public async Task Parameters_lambdas_and_local_functions_are_named_by_their_member()
    {
        var source = """
            class Signup
            {
                void Run([PersonalData(DataCategory.PhoneNumber)] string phone, Account a)
                {
                    void Local() => Log.Write(phone);
                    Action send = () => Stats.Track("e", a.Email);
                    Local();
                    send();
                }
            }
            """;
        var found = await Run(source);
        Assert.Equal(
            [
                "PRIV003;user.contact.phone_number;M:Signup.Run(System.String,Account)/phone;M:Log.Write(System.Object);M:Signup.Run(System.String,Account)",
                "PRIV002;user.contact.email;P:Account.Email;M:Stats.Track(System.String,System.Object);M:Signup.Run(System.String,Account)",
            ],
            found.Select(d => d.Properties[DiagnosticProperties.Fingerprint]));
    }

    [Fact]
    public async Task Without_personal_data_every_entry_is_stale_and_bad_lines_are_PRIV010()
    {
        var baseline = "PRIV003;user.contact.email;P:A.Email;M:Log.Write(System.Object);M:C.M\nPRIV003 ; only ; three\nPRIV100;a;b;c;d\n";
        var found = await Run("class Plain { }", baseline, prelude: false, extraAnalyzer: new MalformedAnnotationAnalyzer());
        Assert.Equal(["PRIV011 PrivacyBaseline.txt(1,1) Info", "PRIV010 PrivacyBaseline.txt(2,1) Warning", "PRIV010 PrivacyBaseline.txt(3,1) Warning"], found.Select(Describe));
    }

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{d.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {d.Severity}";
    }

    private static async Task<ImmutableArray<Diagnostic>> Run(string code, string? baseline = null, string? globalConfig = null, bool prelude = true, DiagnosticAnalyzer? extraAnalyzer = null)
    {
        var source = prelude ? FlowVerifier.Prelude.Replace("{|#99:", "").Replace(")|}]", ")]") + code : code;
        var compilation = TestCompilations.Create(source);
        var files = baseline == null ? [] : new[] { ("/0/PrivacyBaseline.txt", baseline) };
        var analyzers = extraAnalyzer == null
            ? ImmutableArray.Create<DiagnosticAnalyzer>(new PrivacyFlowAnalyzer())
            : ImmutableArray.Create<DiagnosticAnalyzer>(extraAnalyzer, new PrivacyFlowAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, TestCompilations.Options(globalConfig, files)).GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.OrderBy(d => d.Location.IsInSource ? 0 : 1).ThenBy(d => d.Location.GetLineSpan().StartLinePosition)];
    }
}

/// <summary>PRIV100 tells the first-build hint when the project marks nothing yet, for what its fix would mark.</summary>
public sealed class NothingMarkedTests
{
    private static async Task<string[]> Run(string source)
    {
        var compilation = TestCompilations.Create(source);
        var diagnostics = await compilation.WithAnalyzers([new UnmarkedPersonalDataAnalyzer()], TestCompilations.Options(null)).GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.GetMessage().Split('\'')[1] + ":" + (d.Properties.TryGetValue(DiagnosticProperties.NothingMarked, out var v) ? v : "-"))];
    }

    [Fact]
    public async Task Fields_properties_and_stored_parameters_count_when_nothing_is_marked_and_method_parameters_do_not()
    {
        var found = await Run("""
            public class Customer(string iban)
            {
                public string Email { get; set; } = "";
                private string _phone = "";
                public void Call(string mobile) { }
                public override string ToString() => iban + _phone;
            }
            """);
        Assert.Equal(["iban:true", "Email:true", "_phone:true", "mobile:-"], found);
    }

    [Fact]
    public async Task Nothing_counts_once_something_is_marked()
    {
        var found = await Run("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
            }
            """);
        Assert.Equal(["PhoneNumber:-"], found);
    }
}
