using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// Calibration, not a product analyzer: asks for the operation tree of every method body and does
/// nothing with it. Its added time is the floor any IOperation-based analyzer pays on the codebase,
/// so the table can show how much of our time is the engine's own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
        "FLOOR001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        // PRIVACY_FLOOR_GRAPHS=1 (a calibration switch, read by this benchmark analyzer only): also build each body's
        // control-flow graph, the next thing a flow analyzer pays for.
        if (Environment.GetEnvironmentVariable("PRIVACY_FLOOR_GRAPHS") == "1")
        {
            context.RegisterOperationBlockAction(block =>
            {
                foreach (var body in block.OperationBlocks)
                {
                    if (body.Parent is null or Microsoft.CodeAnalysis.Operations.IMethodBodyOperation or Microsoft.CodeAnalysis.Operations.IConstructorBodyOperation)
                    {
                        _ = block.GetControlFlowGraph(body);
                    }
                }
            });
            return;
        }

        // PRIVACY_FLOOR_KEEP=1: keep every body's tree until compilation end, as the engine does on the command line
        // (FlowEngine.DecidesAtEnd), to measure what holding the trees costs the GC by itself.
        if (Environment.GetEnvironmentVariable("PRIVACY_FLOOR_KEEP") == "1")
        {
            context.RegisterCompilationStartAction(start =>
            {
                var kept = new System.Collections.Concurrent.ConcurrentBag<ImmutableArray<IOperation>>();
                start.RegisterOperationBlockAction(block => kept.Add(block.OperationBlocks));
                start.RegisterCompilationEndAction(_ => kept.Clear());
            });
            return;
        }

        context.RegisterOperationBlockAction(_ => { });
    }
}
