using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules.Baseline;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// Hosts the flow engine and the rules that read its results (PRIV001, PRIV002, PRIV003, PRIV020, and
    /// PRIV900 for the report). Flows visible from one method (including through its callees' summaries) are reported
    /// as that method is analyzed, so the editor shows them as the user types; flows that need the whole
    /// program (into a callee's sink, or through a field written elsewhere) are reported at compilation end.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PrivacyFlowAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<FlowRule> Rules =
            ImmutableArray.Create<FlowRule>(new PromiseBrokenRule(), new UndisclosedSharingRule(), new UndisclosedLoggingRule());

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            RuleDescriptors.PromiseBroken, RuleDescriptors.UndisclosedSharing, RuleDescriptors.UndisclosedLogging, RuleDescriptors.FlowReport,
            RuleDescriptors.AnalysisIncomplete, RuleDescriptors.UnmarkedLibraryExposure, RuleDescriptors.StaleBaselineEntry,
            RuleDescriptors.LibrarySummaryLine);

        public override void Initialize(AnalysisContext context)
        {
            // Generated code is not analyzed by the driver, but diagnostics there are kept: Razor's code is analyzed by the
            // engine at compilation end and maps to the .razor file; other generated code is filtered (GeneratedCode.IsHidden).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext start)
        {
            var model = PrivacyModelCache.Get(start.Compilation, start.Options, start.CancellationToken);
            var baseline = new FindingBaseline(model.Rules.Baseline, model.Options);
            var librarySummary = LibrarySummaryRule.For(start.Compilation, start.Options);
            if (!PersonalDataPresence.IsPossible(model, start.CancellationToken))
            {
                // Nothing can be found, so every entry of a baseline is stale.
                if (!baseline.IsEmpty)
                {
                    start.RegisterCompilationEndAction(end => Report(baseline.StaleEntries(), end.ReportDiagnostic));
                }

                // A library without personal data of its own still tells its users what its methods do with theirs.
                if (librarySummary != null)
                {
                    var summaries = new FlowEngine(model);
                    start.RegisterOperationBlockAction(block => ForEachBody(block, (method, root, graph) =>
                        librarySummary.Summarize(summaries, method, graph, block.CancellationToken)));
                    start.RegisterCompilationEndAction(end => librarySummary.Report(summaries, end.ReportDiagnostic, end.CancellationToken));
                }

                return;
            }

            // A library summary says what every visible method does, so nothing waits there for a flow to need it.
            // Builds that read every diagnostic at the end (the targets set PrivacyCommandLineBuild outside the editor) keep
            // each body's tree and analyze at compilation end, binding nothing twice (FlowEngine.DecidesAtEnd).
            var commandLine = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.PrivacyCommandLineBuild", out var cli)
                && string.Equals(cli?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
            var engine = new FlowEngine(model) { DefersMethodsWithoutSinks = librarySummary == null, DecidesAtEnd = commandLine };
            var exposure = UnmarkedLibraryExposureRule.ReturnsRead(start.Compilation, start.Options, start.CancellationToken);
            var reportEveryFlow = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.PrivacyReport", out var report)
                && string.Equals(report?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
            var reporter = new FlowReporter(start.Compilation, model.Policy, Rules, baseline, reportEveryFlow, start.Options.AnalyzerConfigOptionsProvider);

            start.RegisterOperationBlockAction(block => ForEachBody(block, (method, root, graph) =>
            {
                if (engine.AnalyzeIfPersonal(method, root, graph, block.CancellationToken) is not { } summary)
                {
                    // Untouched by personal data, but a library's summary says what it does with its callers' data.
                    return librarySummary?.Summarize(engine, method, graph, block.CancellationToken) == true;
                }

                reporter.Report(summary.LocalHits, block.ReportDiagnostic);
                return true;
            }));

            start.RegisterCompilationEndAction(end =>
            {
                System.Action<Diagnostic> report = diagnostic =>
                {
                    if (!GeneratedCode.IsHidden(diagnostic.Location.SourceTree))
                    {
                        end.ReportDiagnostic(diagnostic);
                    }
                };
                foreach (var razor in engine.AnalyzeRazorCode(end.CancellationToken))
                {
                    reporter.Report(razor.LocalHits, report);
                }

                // Razor's methods among them: they come through the same entry as the driver's.
                reporter.Report(engine.DecidePostponed(end.CancellationToken), report);

                reporter.Report(engine.SettleWholeProgram(end.CancellationToken, exposure), report);

                // Every method whose analysis reached a bound, once all are done: which methods are analyzed while the
                // driver runs depends on the order its threads take (a deferred one may be pulled in as a callee first).
                foreach (var (method, limit) in engine.LimitsReached())
                {
                    report(Diagnostic.Create(RuleDescriptors.AnalysisIncomplete, method.Locations[0],
                        method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), limit));
                }

                if (exposure != null)
                {
                    UnmarkedLibraryExposureRule.Report(engine, model, report);
                }

                librarySummary?.Report(engine, end.ReportDiagnostic, end.CancellationToken);
                Report(reporter.StaleBaselineEntries(), report);
                engine.ReleaseKeptBodies();
            });
        }

        /// <summary>
        /// Hands each body root of a method's operation blocks, with the driver's control-flow graph for it, to
        /// <paramref name="analyze"/> until it says it is done. The blocks of a method body hang under its
        /// IMethodBodyOperation: each root is analyzed once.
        /// </summary>
        private static void ForEachBody(OperationBlockAnalysisContext block, System.Func<IMethodSymbol, IOperation, System.Func<ControlFlowGraph?>, bool> analyze)
        {
            if (block.OwningSymbol is not IMethodSymbol method)
            {
                return;
            }

            foreach (var body in block.OperationBlocks)
            {
                var root = body.Parent is IMethodBodyOperation or IConstructorBodyOperation ? body.Parent : body;
                if (root is IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation { Parent: null } && (root == body || body is IBlockOperation)
                    && analyze(method, root, () => block.GetControlFlowGraph(body)))
                {
                    break;
                }
            }
        }

        private static void Report(IEnumerable<Diagnostic> diagnostics, System.Action<Diagnostic> report)
        {
            foreach (var diagnostic in diagnostics)
            {
                report(diagnostic);
            }
        }
    }
}
