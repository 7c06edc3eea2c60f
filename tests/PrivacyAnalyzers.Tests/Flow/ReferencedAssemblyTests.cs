using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Rules;
using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>Annotations in a referenced assembly's metadata apply; virtual calls follow overrides.</summary>
public class ReferencedAssemblyTests
{
    private const string Library = """
        using PrivacyAnalyzers;
        namespace Lib
        {
            public class Profile
            {
                [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = "";
                public string Nickname { get; set; } = "";
            }
            public static class Partner { [DataSink(Recipient.Advertising | Recipient.Affiliate, Party = "Parent")] public static void Share(string value) { } }
            public static class Hasher { [Anonymizer] public static string Scrub(string value) => ""; }
            [DataSink(Recipient.Analytics, Party = "Lib")] public interface ITracker { void Track(string value); }
        }
        """;

    [Fact]
    public async Task Metadata_annotations_of_a_referenced_project_apply()
    {
        var test = new Infrastructure.AnalyzerTest<PrivacyFlowAnalyzer>(Prelude + """
            class C
            {
                void M(Lib.Profile p, Lib.ITracker tracker)
                {
                    Lib.Partner.Share({|#0:p.Phone|});
                    Lib.Partner.Share(p.Nickname);
                    Lib.Partner.Share(Lib.Hasher.Scrub(p.Phone));
                    tracker.Track({|#1:p.Phone|});
                }
            }
            """, At("PRIV001", 0), At("PRIV002", 1));
        test.TestState.AdditionalProjects["Lib"].Sources.Add(("Lib.cs", Library));
        test.TestState.AdditionalProjects["Lib"].AdditionalReferences.AddRange(ReferenceSets.Net80);
        test.TestState.AdditionalProjectReferences.Add("Lib");
        await test.RunAsync();
    }

    [Fact]
    public Task Virtual_calls_follow_every_override() => VerifyAsync("""
        public class Renderer { public virtual string Render(Account a) => a.DisplayName; }
        public class PhoneRenderer : Renderer { public override string Render(Account a) => a.PhoneNumber; }
        public sealed class NameRenderer : Renderer { public override string Render(Account a) => "[" + a.DisplayName + "]"; }
        class C
        {
            void M(Renderer r, NameRenderer n, Account a)
            {
                Ads.Upload({|PRIV001:r.Render(a)|});
                Ads.Upload(n.Render(a));
            }
        }
        """);

    [Fact]
    public Task Collection_expression_element_is_the_location() => VerifyAsync("""
        public static class Multi { [DataSink(Recipient.Advertising)] public static void Send(params string[] values) { } }
        class C
        {
            void M(Account a) { Multi.Send(["id", {|PRIV001:a.PhoneNumber|}, a.DisplayName]); }
        }
        """);
}
