using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>What one analyzer run produced.</summary>
/// <param name="Diagnostics">Analyzer diagnostics, in the order the driver returned them.</param>
/// <param name="Exceptions">Every exception an analyzer threw (the driver turns each into AD0001).</param>
/// <param name="CallbackTime">Time spent inside analyzer callbacks, summed over analyzers and threads (what <c>-p:ReportAnalyzer=true</c> prints).</param>
/// <param name="BindsCompilation">
/// Whether some analyzer registered an action that makes the driver bind every method body (anything but
/// syntax-tree, additional-file and compilation-start actions). csc does that binding for emit anyway, so only
/// then is it shared with the compiler's own work; analyzers with tree actions alone bind only what they ask for.
/// </param>
public sealed record AnalysisOutcome(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions, TimeSpan CallbackTime, bool BindsCompilation = true);

/// <summary>Runs analyzers over a compilation the way the compiler host does: concurrent, exceptions captured.</summary>
public static class AnalyzerRunner
{
    public static async Task<AnalysisOutcome> RunAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<AdditionalText> additionalFiles = default,
        bool logExecutionTime = false,
        CancellationToken cancellationToken = default,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        if (analyzers.IsEmpty)
        {
            // Roslyn refuses an empty set; with nothing to run, nothing is reported.
            return new AnalysisOutcome(ImmutableArray<Diagnostic>.Empty, Array.Empty<string>(), TimeSpan.Zero, BindsCompilation: false);
        }

        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles,
                new GlobalOptionsProvider(globalOptions ?? new Dictionary<string, string>())),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: logExecutionTime,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var callbackTime = TimeSpan.Zero;
        var bindsCompilation = false;
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
            callbackTime += telemetry.ExecutionTime;
            bindsCompilation |= BindsCompilation(telemetry);
        }

        return new AnalysisOutcome(diagnostics, exceptions.ToList(), callbackTime, bindsCompilation);
    }

    /// <summary>Any action but syntax-tree, additional-file and compilation-start ones waits for the compilation's events.</summary>
    public static bool BindsCompilation(AnalyzerTelemetryInfo telemetry) =>
        telemetry.CompilationActionsCount + telemetry.CompilationEndActionsCount + telemetry.SemanticModelActionsCount
        + telemetry.SymbolActionsCount + telemetry.SymbolStartActionsCount + telemetry.SymbolEndActionsCount + telemetry.SyntaxNodeActionsCount
        + telemetry.CodeBlockStartActionsCount + telemetry.CodeBlockEndActionsCount + telemetry.CodeBlockActionsCount
        + telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount + telemetry.OperationBlockEndActionsCount
        + telemetry.OperationBlockActionsCount > 0;
}

/// <summary>Build properties as the compiler hands them to analyzers (<c>build_property.PrivacySummary = true</c>), for every file alike.</summary>
public sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly Options _options = new(values);

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            var found = values.TryGetValue(key, out var text);
            value = text ?? "";
            return found;
        }
    }
}
