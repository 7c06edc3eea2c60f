using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// The benchmark's accuracy target in small: on a generated codebase with one planted leak of every
/// kind, each is reported at its expression with its rule, and nothing else is reported; the control
/// without personal data reports nothing.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
public sealed class GeneratedCodebaseTests
{
    [Fact]
    public async Task Every_planted_leak_is_found_and_nothing_else()
    {
        var codebase = CodebaseGenerator.Generate(new GeneratorOptions(TargetLines: 4_000, LeakEvery: 1));
        Assert.Equal(LeakTemplatesCount, codebase.Leaks.Select(l => l.Kind).Distinct().Count());

        var match = await AnalyzeAsync(codebase);
        Assert.True(match.Exact, Explain(match));
        Assert.Equal(codebase.Leaks.Count, match.Found);
    }

    [Fact]
    public async Task Control_without_personal_data_reports_nothing()
    {
        var codebase = CodebaseGenerator.Generate(new GeneratorOptions(TargetLines: 4_000, PersonalData: false, LeakEvery: 1));
        Assert.Empty(codebase.Leaks);

        var match = await AnalyzeAsync(codebase);
        Assert.True(match.Exact, Explain(match));
    }

    private const int LeakTemplatesCount = 9;

    private static async Task<LeakMatch> AnalyzeAsync(GeneratedCodebase codebase)
    {
        var compilation = CompilationFactory.Create("Generated", CompilationFactory.Parse(codebase), ReferenceSets.Net80);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var outcome = await AnalyzerRunner.RunAsync(compilation, PackageAnalyzers.Create());
        Assert.Empty(outcome.Exceptions);
        return LeakMatcher.Match(outcome.Diagnostics, codebase.Leaks);
    }

    private static string Explain(LeakMatch match) =>
        string.Join("\n", match.Missed.Select(l => "missed " + l)
            .Concat(match.Unexpected.Concat(match.Other).Select(d => "unexpected " + d)));
}
