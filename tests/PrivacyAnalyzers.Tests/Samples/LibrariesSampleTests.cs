using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Flow;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Samples;

/// <summary>
/// Pins what samples/Libraries/README.md shows, in process: the library's summary lines, and the one warning the app
/// gets through them (the MSBuild path that writes and reads the file is LibrarySummaryBuildTests).
/// </summary>
public sealed class LibrariesSampleTests
{
    private static string Source(string project, string file) =>
        "using System;\n" + File.ReadAllText(RepositoryPaths.Combine("samples", "Libraries", project, file));

    [Fact]
    public async Task The_library_says_what_its_helpers_do_with_what_they_are_given() =>
        Assert.Equal(new[]
        {
            "assembly: Acme.Notifications, Version=0.0.0.0",
            "sink: M:Acme.Notifications.NotificationLog.Write(System.String) ; logging ;  ; args: 0 ; via: Console.WriteLine",
            "sink: M:Acme.Notifications.NotificationLog.Sent(Acme.Notifications.Reminder) ; logging ;  ; args: 0.Id ; via: Console.WriteLine",
            "model: M:Acme.Notifications.Reminder.#ctor(System.Int32,System.String,System.String) ; arg0 -> this.Id ; arg1 -> this.Phone ; arg2 -> this.Text",
            "model: P:Acme.Notifications.Reminder.Id ; this.Id -> return",
            "model: P:Acme.Notifications.Reminder.Phone ; this.Phone -> return",
            "model: P:Acme.Notifications.Reminder.Text ; this.Text -> return",
            "model: M:Acme.Notifications.Templates.Render(System.String,System.String) ; arg1 -> return",
            "model: M:Acme.Notifications.TypeNames.Describe(System.Object) ; clean",
        }, await SummaryExportTests.SummaryOf(Source("Acme.Notifications", "Notifications.cs"), assemblyName: "Acme.Notifications"));

    [Fact]
    public async Task The_app_is_warned_once_where_it_hands_the_phone_number_to_the_library_log()
    {
        var summary = await SummaryExportTests.SummaryOf(Source("Acme.Notifications", "Notifications.cs"), assemblyName: "Acme.Notifications");
        var test = new CSharpAnalyzerTest<PrivacyFlowAnalyzer, DefaultVerifier> { ReferenceAssemblies = TestHost.NoReferenceAssemblies };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalReferences.AddRange(ReferenceSets.Net80);
        test.TestState.Sources.Add(("Program.cs", Source("Reminders", "Program.cs")));
        test.TestState.AdditionalProjects["Acme.Notifications"].Sources.Add(("Notifications.cs", Source("Acme.Notifications", "Notifications.cs")));
        test.TestState.AdditionalProjects["Acme.Notifications"].AdditionalReferences.AddRange(ReferenceSets.Net80);
        test.TestState.AdditionalProjectReferences.Add("Acme.Notifications");
        test.TestState.AdditionalFiles.Add(("Acme.Notifications.PrivacySummary.txt", string.Join("\n", summary)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIdentifiers.UndisclosedLogging, DiagnosticSeverity.Warning)
            .WithSpan("Program.cs", 26, 31, 26, 71).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("user.contact.phone_number from 'Patient.Phone' reaches logging sink 'Console.WriteLine via NotificationLog.Write', and no disclosure covers logging it"));
        await test.RunAsync();
    }
}
