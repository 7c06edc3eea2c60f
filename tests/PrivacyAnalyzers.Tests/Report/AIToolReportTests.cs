using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Report.Sarif;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Report;

/// <summary>
/// An AI tool that returns a marked e-mail under a promise "never to an AI provider": the build's diagnostics, read as
/// the report reads the build's SARIF log, show that promise broken by the tool's return. Against the real package.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class AIToolReportTests
{
    private const string Code = """
        using Microsoft.Extensions.AI;
        using PrivacyAnalyzers;

        [assembly: PrivacyPromise(DataCategory.Email, NeverSharedWith = Recipient.AIProvider, Statement = "Your e-mail never goes to an AI provider.")]

        public class Account
        {
            [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
        }

        public class Tools
        {
            public AIFunction Contact(Account account) => AIFunctionFactory.Create(() => account.Email);
        }
        """;

    [Fact]
    public async Task The_report_shows_the_promise_broken_by_the_tool()
    {
        var compilation = TestCompilations.Create(Code, ("Microsoft.Extensions.AI.Abstractions", "10.11.0"), ("System.Text.Json", "10.0.15"),
            ("System.Text.Encodings.Web", "10.0.15"), ("System.IO.Pipelines", "10.0.15"));
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, ReportDiagnostic> { [RuleIdentifiers.FlowReport] = ReportDiagnostic.Info }));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PrivacyFlowAnalyzer(), new PolicyReportAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, TestCompilations.Options("build_property.PrivacyReport = true")).GetAnalyzerDiagnosticsAsync();

        var violation = Assert.Single(diagnostics, d => d.Id == RuleIdentifiers.PromiseBroken);
        Assert.Equal(13, violation.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("Your e-mail never goes to an AI provider.", violation.GetMessage());

        var sarif = new CraftedSarif();
        foreach (var diagnostic in diagnostics)
        {
            sarif.Result("Test0.cs", diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1,
                diagnostic.Properties.ToDictionary(p => p.Key, p => p.Value ?? ""), ruleId: diagnostic.Id);
        }

        var report = SarifReader.Read(sarif.ToSarif21(), CraftedSarif.ProjectDirectory, "Tools");
        var promise = Assert.Single(report.Promises);
        Assert.False(promise.Kept);
        var flow = Assert.Single(promise.BrokenBy);
        Assert.Equal(("user.contact.email", "PRIV001"), (flow.Category, flow.DiagnosticId));
        Assert.Contains("ai_provider", flow.Recipients);
        Assert.Contains("AIFunctionFactory.Create", flow.Sink);
    }
}
