using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>
/// A library's build reports its summary lines (PRIV902) from the engine's summaries: what each visible member does
/// with what it is given, only where that differs from the default rule for unseen code.
/// </summary>
public class SummaryExportTests
{
    internal const string Library = """
        using Microsoft.Extensions.Logging;
        namespace Acme
        {
            public static class Logging
            {
                public static void Info(string message) => System.Console.WriteLine(message);
                public static void Scoped(ILogger logger, string category, string message) => logger.LogInformation("{Message}", message);
            }
            public static class Format
            {
                public static string Quote(string value, string note) => "'" + value + "'";
                public static string Join(string a, string b) => a + b;
            }
            public static class TypeNames
            {
                public static string GetGenericTypeName(this object value) => value.GetType().Name;
                public static bool IsEmpty(string value) => value.Length == 0;
            }
            public sealed class Order
            {
                public Order(string buyer, string phone) { Buyer = buyer; Phone = phone; }
                public string Buyer { get; set; }
                public string Phone { get; set; }
                public int Id { get; set; }
                public string Describe() => Buyer;
                internal string Secret() => Phone;
            }
            internal static class Hidden { public static void Log(string message) => System.Console.WriteLine(message); }
        }
        """;

    internal static async Task<string[]> SummaryOf(string code, string options = "build_property.PrivacySummary = true", string assemblyName = "Acme")
    {
        var compilation = TestCompilations.Create(code, ("Microsoft.Extensions.Logging.Abstractions", "8.0.2"));
        compilation = compilation.WithAssemblyName(assemblyName).WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, ReportDiagnostic> { [RuleIdentifiers.LibrarySummaryLine] = ReportDiagnostic.Info }));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PrivacyFlowAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, TestCompilations.Options(options)).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var lines = diagnostics.Where(d => d.Id == RuleIdentifiers.LibrarySummaryLine).Select(d => d.GetMessage()).ToArray();
        return lines;
    }

    [Fact]
    public async Task A_library_without_personal_data_says_what_its_members_do()
    {
        var lines = await SummaryOf(Library);

        Assert.Equal(new[]
        {
            "assembly: Acme, Version=0.0.0.0",
            "model: M:Acme.Format.Quote(System.String,System.String) ; arg0 -> return",
            "sink: M:Acme.Logging.Info(System.String) ; logging ;  ; args: 0 ; via: Console.WriteLine",
            "sink: M:Acme.Logging.Scoped(Microsoft.Extensions.Logging.ILogger,System.String,System.String) ; logging ;  ; args: 2 ; via: LoggerExtensions.LogInformation",
            "model: M:Acme.Order.#ctor(System.String,System.String) ; arg0 -> this.Buyer ; arg1 -> this.Phone",
            "model: P:Acme.Order.Buyer ; arg0 -> this.Buyer ; this.Buyer -> return",
            "model: P:Acme.Order.Phone ; arg0 -> this.Phone ; this.Phone -> return",
            "model: P:Acme.Order.Id ; arg0 -> this.Id ; this.Id -> return",
            "model: M:Acme.Order.Describe ; this.Buyer -> return",
            "model: M:Acme.TypeNames.GetGenericTypeName(System.Object) ; clean",
        }, lines);
    }

    [Fact]
    public async Task Internal_members_are_summarized_when_another_assembly_may_see_them() =>
        Assert.Contains("model: M:Acme.Order.Secret ; this.Phone -> return",
            await SummaryOf(Library.Replace("namespace Acme", "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Acme.Tests\")]\nnamespace Acme")));

    [Fact]
    public async Task A_library_returning_personal_data_says_so()
    {
        var lines = await SummaryOf("""
            using PrivacyAnalyzers;
            namespace Acme
            {
                public class Customer { [PersonalData(DataCategory.Email)] public string Email { get; set; } = ""; }
                public static class Contacts { public static string PrimaryEmail(Customer c) => c.Email.Trim(); }
            }
            """);

        Assert.Contains("source: M:Acme.Contacts.PrimaryEmail(Acme.Customer) ; user.contact.email", lines);
        Assert.Contains("model: M:Acme.Contacts.PrimaryEmail(Acme.Customer) ; arg0.Email -> return", lines);
    }

    [Fact]
    public async Task Primary_constructors_put_their_parameters_into_members() =>
        Assert.Equal(new[]
        {
            "assembly: Acme, Version=0.0.0.0",
            "model: M:Acme.OrderStarted.#ctor(System.String,System.String) ; arg0 -> this.UserId ; arg1 -> this.CardNumber",
            "model: P:Acme.OrderStarted.UserId ; arg0 -> this.UserId ; this.UserId -> return",
            "model: P:Acme.OrderStarted.CardNumber ; arg0 -> this.CardNumber ; this.CardNumber -> return",
            "model: M:Acme.Session.#ctor(System.String,System.String) ; arg0 -> this.Token ; arg0 -> this.token ; arg1 -> this.Masked ; arg1 -> this.phone",
            "model: P:Acme.Session.Token ; this.Token -> return",
            "model: P:Acme.Session.Masked ; this.Masked -> return",
        }, await SummaryOf("""
            namespace Acme
            {
                public sealed record OrderStarted(string UserId, string CardNumber);
                public sealed class Session(string token, string phone)
                {
                    public string Token { get; } = token;
                    public string Masked { get; } = "***" + phone.Substring(phone.Length - 2);
                }
            }
            """));

    [Fact]
    public async Task Nothing_is_reported_unless_the_build_asks_for_the_summary() =>
        Assert.Empty(await SummaryOf(Library, options: ""));

    [Fact]
    public async Task An_executable_has_no_summary()
    {
        var compilation = TestCompilations.Create(Library + "\nclass Program { static void Main() { } }", ("Microsoft.Extensions.Logging.Abstractions", "8.0.2"));
        compilation = compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { [RuleIdentifiers.LibrarySummaryLine] = ReportDiagnostic.Info }));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PrivacyFlowAnalyzer()),
            TestCompilations.Options("build_property.PrivacySummary = true")).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIdentifiers.LibrarySummaryLine);
    }
}
