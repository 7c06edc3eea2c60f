using PrivacyAnalyzers.Tests.EndToEnd;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Editor;

/// <summary>
/// The analyzer in a real editor back end: csharp-ls 0.28.0 (a local dotnet tool) on a scratch project
/// that uses the packed package, driven over LSP as an editor would. And the PRIV100 fix applied by <c>dotnet format</c>.
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)]
public sealed class LanguageServerTests(PackedPackage package)
{
    private const string Promise = "We will never share your phone number with advertisers or with our parent company.";

    private const string Leak = $$"""
        using PrivacyAnalyzers;

        [assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising | Recipient.Affiliate,
            Statement = "{{Promise}}")]

        namespace Scratch;

        public sealed class Account
        {
            [PersonalData(DataCategory.PhoneNumber)] public string PhoneNumber { get; init; } = "";
            public string Email { get; init; } = "";
        }

        [DataSink(Recipient.Advertising | Recipient.Affiliate, Party = "Meta")]
        public interface IAudienceUploader { void Upload(string identifier); }

        public static class Pii
        {
            [Anonymizer] public static string Anonymize(string value) => "...";
        }

        public sealed class AudienceSync(IAudienceUploader uploader)
        {
            public void Run(Account account) => uploader.Upload(account.PhoneNumber);
        }
        """;

    [Fact]
    public async Task Reports_a_broken_promise_at_the_leaking_argument_and_clears_it_after_anonymizing()
    {
        await using var session = await EditorSession.StartAsync(ScratchProject.Create(package, "editor-leak").Write("Leak.cs", Leak));
        await session.OpenAsync("Leak.cs");

        var diagnostics = await session.DiagnosticsWhenAsync("Leak.cs", d => d.Any(x => x.Code == "PRIV001"), "PRIV001 on the upload");
        var broken = Assert.Single(diagnostics, d => d.Code == "PRIV001");
        Assert.True(broken.Covers(Leak, "account.PhoneNumber"), $"PRIV001 at {broken}");
        Assert.Contains(Promise, broken.Message);
        Assert.Contains(diagnostics, d => d.Code == "PRIV100" && d.Covers(Leak, "Email"));

        // Route the value through the anonymizer: the error goes, the unrelated PRIV100 stays (the new text was analyzed).
        var fixedText = Leak.Replace("uploader.Upload(account.PhoneNumber)", "uploader.Upload(Pii.Anonymize(account.PhoneNumber))");
        await session.ChangeAsync("Leak.cs", fixedText);
        await session.DiagnosticsWhenAsync("Leak.cs",
            d => d.All(x => x.Code != "PRIV001") && d.Any(x => x.Code == "PRIV100" && x.Covers(fixedText, "Email")),
            "PRIV001 to disappear after the edit");
    }

    [Fact]
    public async Task Reports_unmarked_personal_data_and_clears_it_when_the_member_is_marked()
    {
        const string text = """
            namespace Scratch;

            public class Customer
            {
                public string PhoneNumber { get; set; } = "";
                public string Email { get; set; } = "";
            }
            """;
        await using var session = await EditorSession.StartAsync(ScratchProject.Create(package, "editor-names").Write("Customer.cs", text));
        await session.OpenAsync("Customer.cs");

        var diagnostics = await session.DiagnosticsWhenAsync("Customer.cs", d => d.Count(x => x.Code == "PRIV100") == 2, "two PRIV100");
        var phone = Assert.Single(diagnostics, d => d.Covers(text, "PhoneNumber"));
        Assert.Equal("'PhoneNumber' looks like personal data (user.contact.phone_number) but carries no [PersonalData]", phone.Message);

        var marked = "using PrivacyAnalyzers;\n" + text.Replace("    public string PhoneNumber", "    [PersonalData(DataCategory.PhoneNumber)] public string PhoneNumber");
        await session.ChangeAsync("Customer.cs", marked);
        var after = await session.DiagnosticsWhenAsync("Customer.cs", d => d.Count(x => x.Code == "PRIV100") == 1, "one PRIV100 after marking");
        Assert.True(after.Single(x => x.Code == "PRIV100").Covers(marked, "Email"));
    }

    [Fact]
    public void Dotnet_format_applies_the_PRIV100_fix_to_the_whole_project()
    {
        var project = ScratchProject.Create(package, "editor-format")
            .Write("Customer.cs", """
                namespace Scratch;

                public class Customer
                {
                    public string PhoneNumber { get; set; } = "";
                    public string DisplayName { get; set; } = "";
                }
                """)
            .Write("Person.cs", "namespace Scratch;\n\npublic record Person(string FirstName, int Age);\n");

        var restore = project.Run("restore", project.ProjectPath);
        Assert.True(restore.Succeeded, restore.ToString());
        var format = project.Run("format", "analyzers", project.ProjectPath, "--diagnostics", "PRIV100", "--severity", "info", "--no-restore");
        Assert.True(format.Succeeded, format.ToString());

        Assert.Equal("""
            using PrivacyAnalyzers;

            namespace Scratch;

            public class Customer
            {
                [PersonalData(DataCategory.PhoneNumber)]
                public string PhoneNumber { get; set; } = "";
                public string DisplayName { get; set; } = "";
            }
            """, File.ReadAllText(project.PathOf("Customer.cs")));
        Assert.Equal(
            "using PrivacyAnalyzers;\n\nnamespace Scratch;\n\npublic record Person([property: PersonalData(DataCategory.Name)] string FirstName, int Age);\n",
            File.ReadAllText(project.PathOf("Person.cs")));
    }
}
