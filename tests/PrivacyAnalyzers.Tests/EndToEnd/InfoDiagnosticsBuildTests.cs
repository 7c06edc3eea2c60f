using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// PRIV020 (info) costs flow work on every public member of a library, and a plain command-line build shows no info
/// diagnostic: the package's targets tell the analyzer so, and PRIV020 is computed only where someone reads it (a log
/// the user asked for, the editor, <c>PrivacyInfoDiagnostics=true</c>).
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)]
public sealed class InfoDiagnosticsBuildTests
{
    private readonly PackedPackage _package;

    public InfoDiagnosticsBuildTests(PackedPackage package) => _package = package;

    [Fact]
    public void A_plain_build_skips_PRIV020_and_a_build_with_a_log_of_its_own_reports_it()
    {
        var project = ScratchProject.Create(_package, "InfoLib").Write("Profile.cs", """
            using PrivacyAnalyzers;

            namespace Crm;

            public sealed class Account { [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; init; } = ""; }

            public sealed class Profile
            {
                private readonly Account _account = new();
                public string Phone => _account.Phone;
            }
            """);

        var plain = project.Build();
        Assert.True(plain.Succeeded, plain.ToString());
        var hintLog = System.IO.Directory.GetFiles(project.PathOf("obj"), "privacy-analyzers.sarif", SearchOption.AllDirectories).Single();
        var plainLog = File.ReadAllText(hintLog);
        Assert.DoesNotContain("exposes user.contact.phone_number", plainLog, StringComparison.Ordinal);

        var own = project.PathOf("mine.sarif");
        var logged = project.Build("--no-incremental", "-p:ErrorLog=" + own + "%2Cversion=2.1");
        Assert.True(logged.Succeeded, logged.ToString());
        Assert.Contains("'Profile.Phone' exposes user.contact.phone_number from 'Account.Phone'", File.ReadAllText(own), StringComparison.Ordinal);

        // The first build had nothing to hint (the project marks its data), so plain builds keep no log now; without the done file it is kept again.
        File.Delete(project.PathOf(Path.Combine("obj", "privacy-hint.done")));
        var forced = project.Build("--no-incremental", "-p:PrivacyInfoDiagnostics=true");
        Assert.True(forced.Succeeded, forced.ToString());
        Assert.Contains("'Profile.Phone' exposes user.contact.phone_number", File.ReadAllText(hintLog), StringComparison.Ordinal);
    }
}
