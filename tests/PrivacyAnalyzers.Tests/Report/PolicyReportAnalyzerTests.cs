using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Report.Sarif;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using PolicyTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.PolicyReportAnalyzer>;
using Xunit;

namespace PrivacyAnalyzers.Tests.Report;

public class PolicyReportAnalyzerTests
{
    private const string Policy = """
        using PrivacyAnalyzers;
        [assembly: {|#0:PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising | Recipient.Affiliate, Statement = "Never to ads.")|}]
        [assembly: {|#1:PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "SendGrid", Purpose = "Receipts")|}]
        [assembly: {|#2:PrivacyDisclosure(DataCategory.Contact, Recipient.Analytics)|}]
        """;

    private const string Enabled = "dotnet_diagnostic.PRIV900.severity = suggestion\nbuild_property.PrivacyReport = true";

    [Fact]
    public async Task Reports_each_promise_and_disclosure_at_its_attribute_when_the_report_is_on()
    {
        await new PolicyTest(Policy,
                new DiagnosticResult(RuleDescriptors.FlowReport).WithSeverity(DiagnosticSeverity.Info).WithLocation(0)
                    .WithArguments("Promise: user.contact.phone_number is never shared with advertising, affiliate"),
                new DiagnosticResult(RuleDescriptors.FlowReport).WithSeverity(DiagnosticSeverity.Info).WithLocation(1)
                    .WithArguments("Disclosure: user.contact.email is shared with processor (SendGrid)"),
                new DiagnosticResult(RuleDescriptors.FlowReport).WithSeverity(DiagnosticSeverity.Info).WithLocation(2)
                    .WithArguments("Disclosure: user.contact is shared with analytics"))
            .WithGlobalConfig(Enabled)
            .RunAsync();
    }

    /// <summary>The policy without test markup, for a plain compilation (the test framework turns disabled rules on).</summary>
    private static readonly string PlainPolicy = Policy.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace(")|}]", ")]");

    [Fact]
    public async Task Reports_nothing_by_default()
    {
        Assert.Empty(await RunAsync(PlainPolicy, enabled: false));
    }

    [Fact]
    public async Task Reports_nothing_when_PRIV900_is_on_but_the_build_did_not_ask_for_the_report()
    {
        await new PolicyTest(PlainPolicy).WithGlobalConfig("dotnet_diagnostic.PRIV900.severity = suggestion").RunAsync();
    }

    [Fact]
    public async Task Carries_the_properties_the_report_reads()
    {
        var diagnostics = await RunAsync(PlainPolicy, enabled: true);

        Assert.Equal(new[]
        {
            "category=user.contact.phone_number id=P1 kind=promise never=affiliate,advertising statement=Never to ads.",
            "category=user.contact.email id=D1 kind=disclosure party=SendGrid purpose=Receipts recipients=processor",
            "category=user.contact id=D2 kind=disclosure party= purpose= recipients=analytics",
        }, diagnostics.Select(d => string.Join(" ", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))));
    }

    [Fact]
    public void The_report_reads_the_keys_the_analyzers_write()
    {
        Assert.Equal(
            new[] { DiagnosticProperties.Category, DiagnosticProperties.Source, DiagnosticProperties.Sink, DiagnosticProperties.Recipients, DiagnosticProperties.Party, DiagnosticProperties.Undisclosed, DiagnosticProperties.Verdict, DiagnosticProperties.BrokenPromise, DiagnosticProperties.CoveredBy, DiagnosticProperties.Id },
            new[] { ReportProperties.Category, ReportProperties.Source, ReportProperties.Sink, ReportProperties.Recipients, ReportProperties.Party, ReportProperties.Undisclosed, ReportProperties.Verdict, ReportProperties.BrokenPromise, ReportProperties.CoveredBy, ReportProperties.Id });
        Assert.Equal(RuleIdentifiers.FlowReport, ReportProperties.ReportRuleId);
        Assert.Equal(new[] { PolicyReportAnalyzer.Keys.Kind, PolicyReportAnalyzer.Keys.Never, PolicyReportAnalyzer.Keys.Statement, PolicyReportAnalyzer.Keys.Purpose },
            new[] { ReportProperties.Kind, ReportProperties.Never, ReportProperties.Statement, ReportProperties.Purpose });
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, bool enabled)
    {
        var options = enabled ? new Dictionary<string, ReportDiagnostic> { [RuleIdentifiers.FlowReport] = ReportDiagnostic.Info } : new Dictionary<string, ReportDiagnostic>();
        var compilation = TestCompilations.Create(source);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(options));
        var buildProperties = new BuildProperties(enabled ? "true" : "");
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, buildProperties);
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyReportAnalyzer()), analyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The MSBuild properties the compiler hands analyzers: here only PrivacyReport.</summary>
    private sealed class BuildProperties(string privacyReport) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(privacyReport);
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options("");
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options("");

        private sealed class Options(string privacyReport) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == "build_property.PrivacyReport" && privacyReport.Length > 0 ? privacyReport : null;
                return value != null;
            }
        }
    }
}
