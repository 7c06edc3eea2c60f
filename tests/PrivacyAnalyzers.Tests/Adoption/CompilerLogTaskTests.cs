using Microsoft.Build.Framework;
using PrivacyAnalyzers.Report.Build;
using PrivacyAnalyzers.Tests.Report;
using Xunit;

namespace PrivacyAnalyzers.Tests.Adoption;

/// <summary>The adoption tasks never fail a build: a missing, unreadable or SARIF 1.0 log is one message, or none for the hint.</summary>
public sealed class CompilerLogTaskTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("privacy-adoption-task-").FullName;
    private readonly GeneratePrivacyReportTests.RecordingEngine _engine = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Log(string? content)
    {
        var path = Path.Combine(_folder, "log.sarif");
        if (content != null)
        {
            File.WriteAllText(path, content);
        }

        return path;
    }

    [Theory]
    [InlineData(null, "PrivacyAnalyzers: no error log at '{0}', so the baseline was not written.")]
    [InlineData("{ not json", "PrivacyAnalyzers: the error log '{0}' cannot be read (")]
    public void The_baseline_task_says_why_it_wrote_nothing(string? content, string message)
    {
        var log = Log(content);
        var baseline = Path.Combine(_folder, "PrivacyBaseline.txt");

        Assert.True(new WritePrivacyBaseline { BuildEngine = _engine, ErrorLog = log, BaselinePath = baseline }.Execute());

        Assert.False(File.Exists(baseline));
        Assert.StartsWith(string.Format(message, log), Assert.Single(_engine.Messages).Message);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void The_SARIF_task_needs_a_SARIF_2_1_log()
    {
        var log = Log(new CraftedSarif().ToSarif10());
        var sarif = Path.Combine(_folder, "obj", "privacy.sarif");

        Assert.True(new WritePrivacySarif { BuildEngine = _engine, ErrorLog = log, SarifPath = sarif, ProjectName = "Shop" }.Execute());

        Assert.False(File.Exists(sarif));
        Assert.Equal($"PrivacyAnalyzers: the error log '{log}' is not SARIF 2.1 (set ErrorLog to \"path,version=2.1\"), so the SARIF log was not written.",
            Assert.Single(_engine.Messages).Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{ not json")]
    public void The_hint_stays_silent_without_a_readable_log(string? content)
    {
        Assert.True(new PrintPrivacyHint { BuildEngine = _engine, ErrorLog = Log(content), ProjectName = "Shop" }.Execute());

        Assert.Empty(_engine.Messages);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void A_build_with_nothing_to_hint_leaves_the_done_file_and_one_with_a_hint_does_not()
    {
        var done = Path.Combine(_folder, "obj", "privacy-hint.done");
        var unmarked = new CraftedSarif().Result("Customer.cs", 3, new() { ["category"] = "user.contact.email", ["nothingMarked"] = "true" }, ruleId: "PRIV100");

        Assert.True(new PrintPrivacyHint { BuildEngine = _engine, ErrorLog = Log(unmarked.ToSarif21()), ProjectName = "Shop", DoneFile = done }.Execute());
        Assert.StartsWith("PrivacyAnalyzers: Shop marks no personal data yet, and 1 member looks personal", Assert.Single(_engine.Messages).Message);
        Assert.False(File.Exists(done));

        var marked = new CraftedSarif().Result("Customer.cs", 3, new() { ["category"] = "user.contact.email", ["nothingMarked"] = "false" }, ruleId: "PRIV100");
        Assert.True(new PrintPrivacyHint { BuildEngine = _engine, ErrorLog = Log(marked.ToSarif21()), ProjectName = "Shop", DoneFile = done }.Execute());
        Assert.Single(_engine.Messages);
        Assert.True(File.Exists(done));
    }

    [Fact]
    public void A_project_built_outside_a_solution_files_nothing()
    {
        var task = new GenerateSolutionPrivacyReport
        {
            BuildEngine = _engine, SolutionPath = Path.Combine(_folder, "none.slnx"), ProjectName = "Shop", ProjectDirectory = _folder,
            JsonPath = Path.Combine(_folder, "privacy-report.json"),
        };

        Assert.True(task.Execute());

        Assert.False(Directory.Exists(Path.Combine(_folder, "obj")));
        Assert.Empty(_engine.Messages);
    }
}
