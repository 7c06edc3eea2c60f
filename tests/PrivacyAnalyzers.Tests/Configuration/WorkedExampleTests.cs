using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

/// <summary>The worked example of docs/configuration.md, run as written.</summary>
public class WorkedExampleTests
{
    private const string Rules = """
        # Where our data comes from
        source:     M:Contacts.AddressBook.GetAll ; user.social.contacts
        source:     P:Chat.Session.CurrentPhone ; user.contact.phone_number

        # Who receives it
        sink:       M:ParentCo.Audience.Client.Upload* ; advertising, affiliate ; ParentCo
        sink:       T:Support.Transcripts.Exporter ; ai_provider ; Anthropic
        anonymizer: M:Chat.Privacy.Hash.Truncate(System.String) ; user.contact

        # What we promised and what we told users
        promise:    user.contact.phone_number ; never: advertising, affiliate ; We never share your phone number with advertisers or our parent company.
        disclosure: user.content.private ; ai_provider, third_party ; Anthropic ; Support summaries
        """;

    private const string Code = """
        using PrivacyAnalyzers;
        namespace Contacts { public static class AddressBook { public static string[] GetAll() => new string[0]; } }
        namespace ParentCo.Audience { public class Client { public System.Threading.Tasks.Task UploadAsync(string id) => System.Threading.Tasks.Task.CompletedTask; } }
        namespace Support.Transcripts { public class Exporter { public void Send(string text) { } } }
        namespace Chat
        {
            public class Session { public string CurrentPhone => ""; }
            public class Message { [PersonalData(DataCategory.PrivateMessages)] public string Body { get; set; } = ""; }
            namespace Privacy { public static class Hash { public static string Truncate(string value) => value; } }

            class App
            {
                async System.Threading.Tasks.Task Run(Session session, Message message, ParentCo.Audience.Client client, Support.Transcripts.Exporter exporter)
                {
                    await client.UploadAsync({|PRIV001:session.CurrentPhone|});
                    await client.UploadAsync(Privacy.Hash.Truncate(session.CurrentPhone));
                    exporter.Send(message.Body);
                    exporter.Send({|PRIV002:session.CurrentPhone|});
                }
            }
        }
        """;

    [Fact]
    public Task RunsAsDocumented() =>
        new AnalyzerTest<PrivacyFlowAnalyzer>(Code)
            .WithRules(Rules)
            .WithGlobalConfig("privacy_analyzers.disclosure_required_for = affiliate, third_party, advertising, analytics, ai_provider")
            .RunAsync();

    [Fact]
    public void ATypoInTheRulesIsAProblemAtItsLine()
    {
        var file = PrivacyAnalyzers.Configuration.RulesFileParser.Parse(Microsoft.CodeAnalysis.Text.SourceText.From(Rules.Replace("never: advertising, affiliate", "never: advertisers, affiliate")));

        var problem = Assert.Single(file.Problems);
        Assert.Equal(10, problem.Line.Number);
        Assert.StartsWith("Unknown recipient 'advertisers'", problem.Message);
    }
}
