using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV902: the lines of the library's summary file, one diagnostic each, for the build step that writes
    /// <c>&lt;Assembly&gt;.PrivacySummary.txt</c> from the compiler's error log (the analyzer writes no file). Only when the
    /// build asks for it (<c>build_property.PrivacySummary = true</c>, set by the package's targets); the lines come from the
    /// engine's summaries (<see cref="SummaryExport"/>).
    /// </summary>
    internal sealed class LibrarySummaryRule
    {
        private readonly bool _internalsVisible;

        private LibrarySummaryRule(bool internalsVisible) => _internalsVisible = internalsVisible;

        /// <summary>The rule for a compilation whose build asks for the summary, once per compilation; null for none, and for executables.</summary>
        public static LibrarySummaryRule? For(Compilation compilation, AnalyzerOptions options) =>
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.PrivacySummary", out var value)
            && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase) && SummaryExport.IsLibrary(compilation)
                ? new LibrarySummaryRule(SummaryExport.InternalsVisible(compilation))
                : null;

        /// <summary>
        /// Summarizes a method a referencing project can call as the driver hands it over, on the driver's control-flow
        /// graph (no second binding); compilation end then only reads the summaries. True when it did.
        /// </summary>
        public bool Summarize(FlowEngine engine, IMethodSymbol method, Func<ControlFlowGraph?> graph, CancellationToken cancellationToken)
        {
            if (!SummaryExport.IsExported(method, _internalsVisible))
            {
                return false;
            }

            engine.GetSummary(method, new SummaryRequest(cancellationToken), graph);
            return true;
        }

        public void Report(FlowEngine engine, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var identity = engine.Compilation.Assembly.Identity;
            report(Diagnostic.Create(RuleDescriptors.LibrarySummaryLine, Location.None, $"assembly: {identity.Name}, Version={identity.Version}"));
            foreach (var line in SummaryExport.Lines(engine, _internalsVisible, cancellationToken))
            {
                var location = line.Member.Locations.Length > 0 ? line.Member.Locations[0] : Location.None;
                report(Diagnostic.Create(RuleDescriptors.LibrarySummaryLine, location, line.Text));
            }
        }
    }
}
