using Microsoft.CodeAnalysis;
using DiagnosticResult = Microsoft.CodeAnalysis.Testing.DiagnosticResult;
using DiagnosticOptions = Microsoft.CodeAnalysis.Testing.DiagnosticOptions;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>
/// A referenced library's summary file (<c>Acme.PrivacySummary.txt</c>, written by its build and shipped beside its
/// assembly) tells the engine what the library's methods do with data, as its own summaries do for the compilation.
/// The library is a referenced project (assembly Acme 0.0.0.0): the engine sees only its metadata.
/// </summary>
public class LibrarySummaryTests
{
    private const string Library = """
        namespace Acme
        {
            public static class Logging { public static void Info(string message) => System.Console.WriteLine(message); }
            public static class Format { public static string Quote(string value, string note) => "'" + value + "'"; }
            public static class TypeNames { public static string GetGenericTypeName(this object value) => value.GetType().Name; }
            public sealed class Order
            {
                public Order(string buyer, string phone) { Buyer = buyer; Phone = phone; }
                public string Buyer { get; set; }
                public string Phone { get; set; }
                public string Note { get; set; } = "";
            }
        }
        """;

    private const string Summary = """
        assembly: Acme, Version=0.0.0.0
        sink:  M:Acme.Logging.Info(System.String) ; logging ; ; args: 0 ; via: Console.WriteLine
        model: M:Acme.Format.Quote(System.String,System.String) ; arg0 -> return
        model: M:Acme.TypeNames.GetGenericTypeName(System.Object) ; clean
        model: M:Acme.Order.#ctor(System.String,System.String) ; arg0 -> this.Buyer ; arg1 -> this.Phone
        model: P:Acme.Order.Buyer ; this.Buyer -> return ; arg0 -> this.Buyer
        model: P:Acme.Order.Phone ; this.Phone -> return ; arg0 -> this.Phone
        model: P:Acme.Order.Note ; this.Note -> return ; arg0 -> this.Note
        """;

    private static AnalyzerTest<TAnalyzer> Test<TAnalyzer>(string code, string summary, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerTest<TAnalyzer>(Prelude + code, expected);
        test.TestState.AdditionalProjects["Acme"].Sources.Add(("Acme.cs", Library));
        test.TestState.AdditionalProjects["Acme"].AdditionalReferences.AddRange(ReferenceSets.Net80);
        test.TestState.AdditionalProjectReferences.Add("Acme");
        return test.WithRules(summary, "Acme.PrivacySummary.txt");
    }

    [Fact]
    public Task Data_passed_to_a_referenced_method_that_logs_it_is_reported_at_the_call_site() => Test<PrivacyFlowAnalyzer>("""
        class C { void M(Account a) { Acme.Logging.Info({|#0:a.PhoneNumber|}); Acme.Logging.Info(a.DisplayName); } }
        """, Summary,
        new DiagnosticResult("PRIV003", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("user.contact.phone_number from 'Account.PhoneNumber' reaches logging sink 'Console.WriteLine via Logging.Info', and no disclosure covers logging it")).RunAsync();

    [Fact]
    public Task A_pass_through_summary_follows_only_the_argument_it_names_and_a_type_name_helper_is_clean() => Test<PrivacyFlowAnalyzer>("""
        class C
        {
            void M(Account a)
            {
                Ads.Upload(Acme.Format.Quote(a.DisplayName, a.PhoneNumber));
                Ads.Upload({|#0:Acme.Format.Quote(a.PhoneNumber, "")|});
                Ads.Upload(Acme.TypeNames.GetGenericTypeName(a.PhoneNumber));
            }
        }
        """, Summary, At("PRIV001", 0)).RunAsync();

    [Fact]
    public Task A_referenced_constructor_setter_and_getter_keep_the_members_apart() => Test<PrivacyFlowAnalyzer>("""
        class C
        {
            void M(Account a)
            {
                var order = new Acme.Order(a.DisplayName, a.PhoneNumber);
                Ads.Upload(order.Buyer);
                Ads.Upload({|#0:order.Phone|});
                var other = new Acme.Order("", "");
                other.Note = a.PhoneNumber;
                Ads.Upload(other.Buyer);
                Ads.Upload({|#1:other.Note|});
            }
        }
        """, Summary, At("PRIV001", 0), At("PRIV001", 1)).RunAsync();

    [Fact]
    public Task Without_a_summary_the_default_rule_mixes_the_members() => Test<PrivacyFlowAnalyzer>("""
        class C
        {
            void M(Account a)
            {
                var order = new Acme.Order(a.DisplayName, a.PhoneNumber);
                Ads.Upload({|#0:order.Buyer|});
                Ads.Upload({|#1:Acme.TypeNames.GetGenericTypeName(a.PhoneNumber)|});
            }
        }
        """, "assembly: Acme, Version=0.0.0.0\n", At("PRIV001", 0), At("PRIV001", 1)).RunAsync();

    [Fact]
    public Task A_summary_of_another_version_is_ignored_with_a_note() => Test<MalformedAnnotationAnalyzer>("""
        class C { }
        """, Summary.Replace("Version=0.0.0.0", "Version=2.1.0.0"),
        new DiagnosticResult("PRIV013", DiagnosticSeverity.Info).WithSpan("Acme.PrivacySummary.txt", 1, 1, 1, 32)
            .WithMessage("Library summary 'Acme.PrivacySummary.txt' describes Acme 2.1.0.0, but this compilation references 0.0.0.0: it is ignored")).RunAsync();

    [Fact]
    public Task A_stale_summary_changes_nothing() => Test<PrivacyFlowAnalyzer>("""
        class C { void M(Account a) { Acme.Logging.Info(a.PhoneNumber); Ads.Upload({|#0:Acme.TypeNames.GetGenericTypeName(a.PhoneNumber)|}); } }
        """, Summary.Replace("Version=0.0.0.0", "Version=2.1.0.0"), At("PRIV001", 0)).RunAsync();

    [Fact]
    public Task A_team_model_line_overrides_the_shipped_summary() => Test<PrivacyFlowAnalyzer>("""
        class C { void M(Account a) { Ads.Upload({|#0:Acme.Format.Quote("", a.PhoneNumber)|}); } }
        """, Summary, At("PRIV001", 0))
        .WithRules("model: M:Acme.Format.Quote(System.String,System.String) ; arg1 -> return\n").RunAsync();

    [Fact]
    public Task A_team_line_about_a_member_replaces_everything_its_summary_says() => Test<PrivacyFlowAnalyzer>("""
        class C { void M(Account a) { Acme.Logging.Info(a.PhoneNumber); Ads.Upload({|#0:Acme.TypeNames.GetGenericTypeName(a.PhoneNumber)|}); } }
        """, Summary, At("PRIV001", 0))
        .WithRules("""
            model: M:Acme.Logging.Info(System.String) ; clean               # our log is scrubbed before it is shipped
            model: M:Acme.TypeNames.GetGenericTypeName(System.Object) ; arg0 -> return
            """).RunAsync();

    [Fact]
    public Task A_bad_summary_line_is_a_PRIV010_at_its_line() => Test<MalformedAnnotationAnalyzer>("""
        class C { }
        """, "assembly: Acme, Version=0.0.0.0\nsink: M:Acme.Logging.Info(System.String) ; logging ; ; args: 0 ; inside Console\n",
        new DiagnosticResult("PRIV010", DiagnosticSeverity.Warning).WithSpan("Acme.PrivacySummary.txt", 2, 1, 2, 80)
            .WithMessage("A sink's fifth field names the sink inside the method, such as 'via: Console.WriteLine', found 'inside Console'")).RunAsync();

}
