using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Rules.Annotations;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV010: privacy attributes that cannot be used as written (bad category key, misplaced
    /// attribute, a promise or sink without recipients, a disclosure that a promise contradicts),
    /// and the rules-file lines the rules loader could not use. The flow analysis skips all of them.
    /// Registers syntax-tree and additional-file actions only: any symbol, node or compilation-end
    /// action would make the driver bind the whole compilation, even one without personal data.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MalformedAnnotationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.MalformedAnnotation, RuleDescriptors.StaleLibrarySummary);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Also keeps tree actions off generated trees.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                var model = PrivacyModelCache.Get(compilation, start.Options, start.CancellationToken);
                var problems = ProblemPlacement.Place(model.Rules.Problems.Where(p => p.Id is RuleIdentifiers.MalformedAnnotation or RuleIdentifiers.StaleLibrarySummary),
                    compilation, start.Options.AdditionalFiles, start.CancellationToken);
                if (problems.InFiles.Count > 0)
                {
                    // Two additional texts with one path: the loader read both, their problems are listed once for the path.
                    var reported = new ConcurrentDictionary<string, bool>();
                    start.RegisterAdditionalFileAction(file =>
                    {
                        if (problems.InFiles.TryGetValue(file.AdditionalFile.Path, out var list) && reported.TryAdd(file.AdditionalFile.Path, true))
                        {
                            list.ForEach(file.ReportDiagnostic);
                        }
                    });
                }

                // Without the annotations referenced there is no attribute to check.
                var scan = model.Symbols.PersonalData == null
                    ? null
                    : new AnnotationScan(compilation, new AnnotationChecks(compilation, model.Symbols, model.Policy.Promises),
                        AttributeNameFilter.Create(compilation, start.CancellationToken));
                if (scan == null && problems.InTrees.Count == 0)
                {
                    return;
                }

                start.RegisterSyntaxTreeAction(tree =>
                {
                    if (problems.InTrees.TryGetValue(tree.Tree, out var list))
                    {
                        list.ForEach(tree.ReportDiagnostic);
                    }

                    scan?.Analyze(tree.Tree, tree.ReportDiagnostic, tree.CancellationToken);
                });
            });
        }
    }
}
