using System.Collections;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Report.Build;
using Xunit;

namespace PrivacyAnalyzers.Tests.Report;

public sealed class GeneratePrivacyReportTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("privacy-report-task-").FullName;
    private readonly RecordingEngine _engine = new();

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private GeneratePrivacyReport Task(string sarifPath) => new()
    {
        BuildEngine = _engine,
        ErrorLog = sarifPath,
        ProjectDirectory = _project,
        ProjectName = "Shop",
        MarkdownPath = Path.Combine(_project, "obj", "privacy-report.md"),
        JsonPath = Path.Combine(_project, "obj", "privacy-report.json"),
    };

    [Fact]
    public void Writes_both_reports_with_links_from_obj_to_the_project_and_prints_one_line()
    {
        var sarif = Path.Combine(_project, "obj", "Debug", "log.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(sarif)!);
        File.WriteAllText(sarif, CraftedSarif.Shop().ToSarif21().Replace(new Uri(CraftedSarif.ProjectDirectory).AbsoluteUri, new Uri(_project).AbsoluteUri));

        Assert.True(Task(sarif).Execute());

        var markdown = File.ReadAllText(Path.Combine(_project, "obj", "privacy-report.md"));
        Assert.Contains("[Ads.cs:5](../Ads.cs#L5)", markdown);
        Assert.True(JsonReportWriterTests.Validate(File.ReadAllText(Path.Combine(_project, "obj", "privacy-report.json"))).IsValid);
        var line = Assert.Single(_engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.Equal($"PrivacyAnalyzers: privacy report written to {Path.Combine(_project, "obj", "privacy-report.md")} (and .json): 5 flows of personal data (3 categories) to 5 parties · promises: 1 kept, 1 broken · disclosures: 2 used, 1 unused · 2 undisclosed flows.", line.Message);
        Assert.Empty(_engine.Warnings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{ not json")]
    public void A_missing_or_unreadable_log_writes_nothing_and_fails_nothing(string? content)
    {
        var sarif = Path.Combine(_project, "log.sarif");
        if (content != null)
        {
            File.WriteAllText(sarif, content);
        }

        Assert.True(Task(sarif).Execute());

        Assert.False(Directory.Exists(Path.Combine(_project, "obj")));
        Assert.Contains("the privacy report was not written", Assert.Single(_engine.Messages).Message);
        Assert.Empty(_engine.Warnings);
    }

    internal sealed class RecordingEngine : IBuildEngine
    {
        public List<BuildMessageEventArgs> Messages { get; } = new();
        public List<BuildWarningEventArgs> Warnings { get; } = new();
        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => "test.proj";
        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
        public void LogCustomEvent(CustomBuildEventArgs e) { }
        public void LogErrorEvent(BuildErrorEventArgs e) => throw new InvalidOperationException("The report task must not fail a build: " + e.Message);
        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);
        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    }
}
