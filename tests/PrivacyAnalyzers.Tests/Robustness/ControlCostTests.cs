using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// The regression guard for the cost target on code without personal data: an analyzer that registers only
/// syntax-tree and additional-file actions costs about nothing, because the driver never binds method bodies
/// for it; a single symbol, node, semantic-model, operation or compilation-end action makes it bind the
/// whole compilation and process its events.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
public sealed class ControlCostTests
{
    private const string NoPersonalData = """
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        [assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising, Statement = "Never sold.")]

        namespace Shop
        {
            public sealed class CustomerDto
            {
                public string Email { get; set; } = "";
                public string Phone { get; set; } = "";
                public string DisplayName { get; set; } = "";
            }

            [DataSink(Recipient.Analytics, Party = "Acme")]
            public interface ITracker { void Track(string name, IDictionary<string, string> values); }

            public sealed class Checkout
            {
                private readonly ITracker _tracker;
                public Checkout(ITracker tracker) => _tracker = tracker;
                public int Total(IEnumerable<int> prices) { var sum = 0; foreach (var p in prices) { sum += p; } return sum; }
                public void Done(CustomerDto customer) => _tracker.Track("done", new Dictionary<string, string> { ["name"] = customer.DisplayName });
            }
        }
        """;

    private const string WithPersonalData = """
        using PrivacyAnalyzers;

        public sealed class Account
        {
            [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
            public string Contact => Email;
        }
        """;

    [Fact]
    public async Task Without_personal_data_every_analyzer_registers_only_tree_file_and_start_actions()
    {
        var analyzers = PackageAnalyzers.Create();
        var (telemetry, diagnostics) = await RunAsync(NoPersonalData, analyzers);

        Assert.Equal(analyzers.Length, telemetry.Count);
        Assert.All(telemetry, pair => AssertOnlyCheapActions(pair.Key, pair.Value));
        // The tree actions did run: the DTO's unmarked members are still reported.
        Assert.Equal(new[] { "PRIV100", "PRIV100" }, diagnostics.Select(d => d.Id));
    }

    [Fact]
    public async Task With_personal_data_the_rule_analyzers_still_register_only_tree_actions()
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new MalformedAnnotationAnalyzer(), new UnmarkedPersonalDataAnalyzer());
        var (telemetry, diagnostics) = await RunAsync(WithPersonalData, analyzers);

        Assert.All(telemetry, pair => AssertOnlyCheapActions(pair.Key, pair.Value));
        Assert.Equal(1, telemetry.Single(t => t.Key is UnmarkedPersonalDataAnalyzer).Value.SyntaxTreeActionsCount);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private static void AssertOnlyCheapActions(DiagnosticAnalyzer analyzer, AnalyzerTelemetryInfo info)
    {
        var expensive = new Dictionary<string, int>
        {
            ["symbol"] = info.SymbolActionsCount,
            ["symbol start"] = info.SymbolStartActionsCount,
            ["symbol end"] = info.SymbolEndActionsCount,
            ["syntax node"] = info.SyntaxNodeActionsCount,
            ["semantic model"] = info.SemanticModelActionsCount,
            ["operation"] = info.OperationActionsCount,
            ["operation block"] = info.OperationBlockActionsCount,
            ["operation block start"] = info.OperationBlockStartActionsCount,
            ["operation block end"] = info.OperationBlockEndActionsCount,
            ["code block"] = info.CodeBlockActionsCount,
            ["code block start"] = info.CodeBlockStartActionsCount,
            ["code block end"] = info.CodeBlockEndActionsCount,
            ["compilation"] = info.CompilationActionsCount,
            ["compilation end"] = info.CompilationEndActionsCount,
        };
        var registered = expensive.Where(e => e.Value != 0).Select(e => $"{e.Value} {e.Key}");
        Assert.True(!registered.Any(), $"{analyzer.GetType().Name} registers {string.Join(", ", registered)} action(s)");
    }

    private static async Task<(Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry, ImmutableArray<Diagnostic> Diagnostics)> RunAsync(
        string source, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = CompilationFactory.Create("Control", CompilationFactory.Parse(new[] { ("/src/Control.cs", source) }), ReferenceSets.Net80);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);

        var telemetry = new Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
        foreach (var analyzer in analyzers)
        {
            telemetry[analyzer] = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        }

        return (telemetry, diagnostics);
    }
}
