using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeGen.Generation;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// The benchmark measures builds by the SDK's own csc. These tests hold its harness to account: csc loads the
/// analyzer assembly, prints one line per planted leak at the leak's exact span, and the printed lines read back
/// as the same diagnostics the in-process run reports.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
public sealed class CommandLineBuildTests
{
    [Fact]
    public async Task A_csc_build_prints_every_planted_leak_and_what_the_in_process_run_reports()
    {
        var codebase = CodebaseGenerator.Generate(new GeneratorOptions(TargetLines: 3_000, LeakEvery: 1));
        var references = ReferenceSets.Net80;
        var root = Path.Combine(Path.GetTempPath(), "privacy-csc-test-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var sources = CommandLineCompiler.WriteSources(codebase, root);
            var referencePaths = references.OfType<PortableExecutableReference>().Select(r => r.FilePath!).ToList();
            var run = CommandLineCompiler.Locate().Build(root, sources, referencePaths, AnalyzerSet.None.With(PackageAnalyzers.Assembly.Location));

            Assert.Empty(run.CompilerErrors);
            Assert.True(run.CpuSeconds > 0, "the compiler's CPU time is read from the kernel");
            Assert.True(run.PeakMegabytes > 0, "the compiler's peak memory is sampled");
            Assert.Equal(1, run.ExitCode); // PRIV001 is an error
            var match = LeakMatcher.Match(run.Diagnostics, codebase.Leaks);
            Assert.True(match.Exact, string.Join("\n", match.Missed.Select(l => "missed " + l).Concat(match.Unexpected.Concat(match.Other).Select(d => "unexpected " + d))));
            Assert.Equal(codebase.Leaks.Count, match.Found);

            var compilation = CompilationFactory.Create("Generated", CompilationFactory.Parse(codebase), references);
            var inProcess = (await AnalyzerRunner.RunAsync(compilation, PackageAnalyzers.Create())).Diagnostics
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Select(ReportedDiagnostic.From);
            Assert.Equal(Positions(inProcess), Positions(run.Diagnostics));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task The_SDK_default_analyzers_are_found_as_dotnet_build_passes_them()
    {
        var referencePaths = (ReferenceSets.Net80).OfType<PortableExecutableReference>().Select(r => r.FilePath!).ToList();
        var root = Path.Combine(Path.GetTempPath(), "privacy-sdk-test-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var defaults = AnalyzerSet.SdkDefaults(CommandLineCompiler.Locate(), referencePaths, root);

            Assert.Contains(defaults.Assemblies, a => Path.GetFileName(a) == "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll");
            Assert.Contains(defaults.Assemblies, a => Path.GetFileName(a) == "System.Text.Json.SourceGeneration.dll");
            Assert.Contains(defaults.Configs, c => Path.GetFileName(c) == "analysislevel_8_default.globalconfig");
            Assert.All(defaults.Assemblies.Concat(defaults.Configs), p => Assert.True(File.Exists(p), p));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("/tmp/b/Module0/Order.cs(12,9,12,26): error PRIV001: Order.Phone reaches Ads", "PRIV001", "Module0/Order.cs", 11, 8, 11, 25)]
    [InlineData("/tmp/b/Common/Platform.cs(3,1,4,2): warning AD0001: Analyzer threw", "AD0001", "Common/Platform.cs", 2, 0, 3, 1)]
    [InlineData("Relative.cs(1,2,1,3): warning PRIV100: x", "PRIV100", "Relative.cs", 0, 1, 0, 2)]
    public void A_compiler_line_reads_as_a_diagnostic_with_zero_based_positions(string line, string id, string path, int startLine, int startColumn, int endLine, int endColumn)
    {
        var diagnostic = ReportedDiagnostic.TryParse(line, "/tmp/b");

        Assert.NotNull(diagnostic);
        Assert.Equal((id, path, startLine, startColumn, endLine, endColumn), (diagnostic.Id, diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.EndLine, diagnostic.EndColumn));
        Assert.Equal(line, diagnostic.Text);
    }

    [Theory]
    [InlineData("Compilation succeeded.")]
    [InlineData("/tmp/b/A.cs(12,9): error PRIV001: no end location")]
    [InlineData("error CS2001: Source file 'x.cs' could not be found.")]
    public void Other_output_is_not_a_diagnostic(string line) =>
        Assert.Null(ReportedDiagnostic.TryParse(line, "/tmp/b"));

    private static IEnumerable<string> Positions(IEnumerable<ReportedDiagnostic> diagnostics) =>
        diagnostics.Select(d => d.PositionKey).OrderBy(k => k, StringComparer.Ordinal);
}
