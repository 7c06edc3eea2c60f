using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.CodeFixes;

public sealed class AddDisclosureCodeFixTests
{
    /// <summary>
    /// Stands in for the flow engine: <c>Flow.Share(category, undisclosed, party)</c> raises PRIV002 with those
    /// properties until an assembly disclosure names the category.
    /// </summary>
    private const string Flow = """
        public static class Flow
        {
            public static void Share(string category, string undisclosed, string? party) { }
        }
        """;

    [Fact]
    public async Task Creates_PrivacyPolicy_cs_when_the_project_has_no_policy()
    {
        var test = new CodeFixTest<SharingAnalyzer, AddDisclosureCodeFixProvider>(Flow + """

            public class Ads
            {
                public void Send() => {|PRIV002:Flow.Share("user.contact.phone_number", "advertising,third_party", "Meta")|};
            }
            """, "");
        test.FixedState.Sources.Clear();
        test.FixedState.Sources.Add(Flow + """

            public class Ads
            {
                public void Send() => Flow.Share("user.contact.phone_number", "advertising,third_party", "Meta");
            }
            """);
        test.FixedState.Sources.Add(("/0/PrivacyPolicy.cs", """
            using PrivacyAnalyzers;

            [assembly: PrivacyDisclosure(DataCategory.PhoneNumber, Recipient.Advertising | Recipient.ThirdParty, Party = "Meta")]

            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Adds_each_distinct_disclosure_once_after_the_existing_policy()
    {
        var test = new CodeFixTest<SharingAnalyzer, AddDisclosureCodeFixProvider>("", "");
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        var usage = Flow + """

            public class Tracking
            {
                public void Send()
                {
                    {|PRIV002:Flow.Share("user.contact.email", "analytics,third_party", "Segment")|};
                    {|PRIV002:Flow.Share("user.contact.email", "analytics,third_party", "Segment")|};
                    {|PRIV002:Flow.Share("acme.loyalty_id", "affiliate", null)|};
                }
            }
            """;
        test.TestState.Sources.Add(("/0/Usage.cs", usage));
        test.TestState.Sources.Add(("/0/Policy.cs", """
            using PrivacyAnalyzers;

            [assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising, Statement = "Never.")]

            namespace Acme { }
            """));
        test.FixedState.Sources.Add(("/0/Usage.cs", usage.Replace("{|PRIV002:", "").Replace("|}", "")));
        test.FixedState.Sources.Add(("/0/Policy.cs", """
            using PrivacyAnalyzers;

            [assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising, Statement = "Never.")]
            [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Analytics | Recipient.ThirdParty, Party = "Segment")]
            [assembly: PrivacyDisclosure("acme.loyalty_id", Recipient.Affiliate)]

            namespace Acme { }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Discloses_a_flow_the_engine_reports_and_the_warning_goes()
    {
        const string usage = """
            using PrivacyAnalyzers;

            public sealed class Account
            {
                [PersonalData(DataCategory.Email)] public string Email { get; init; } = "";
            }

            [DataSink(Recipient.Analytics, Party = "Segment")]
            public interface ITracker { void Identify(string userId); }

            public sealed class Onboarding(ITracker tracker)
            {
                public void Run(Account account) => tracker.Identify({|#0:account.Email|});
            }
            """;
        var test = new CodeFixTest<PrivacyFlowAnalyzer, AddDisclosureCodeFixProvider>(usage, "");
        test.TestState.ExpectedDiagnostics.Clear();
        test.FixedState.Sources.Clear();
        test.FixedState.Sources.Add(usage.Replace("{|#0:account.Email|}", "account.Email"));
        test.FixedState.Sources.Add(("/0/PrivacyPolicy.cs", """
            using PrivacyAnalyzers;

            [assembly: PrivacyDisclosure(DataCategory.Email, Recipient.ThirdParty | Recipient.Analytics, Party = "Segment")]

            """));
        test.TestState.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(RuleDescriptors.UndisclosedSharing).WithLocation(0)
            .WithArguments("user.contact.email", "'Account.Email'", "analytics", "ITracker.Identify", " (Segment)", "analytics, third-party", "")
            .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
        await test.RunAsync();
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class SharingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [RuleDescriptors.UndisclosedSharing];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(c =>
            {
                var call = (IInvocationOperation)c.Operation;
                if (call.TargetMethod.Name != "Share")
                {
                    return;
                }

                var values = call.Arguments.Select(a => a.Value.ConstantValue.Value as string).ToArray();
                if (c.Compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "PrivacyDisclosureAttribute"
                                                                    && a.ConstructorArguments[0].Value as string == values[0]))
                {
                    return;
                }

                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.Category, values[0])
                    .Add(DiagnosticProperties.Undisclosed, values[1])
                    .Add(DiagnosticProperties.Party, values[2]);
                c.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UndisclosedSharing, call.Syntax.GetLocation(), properties, values[0], "Source", "a", "Sink", "", values[1]));
            }, OperationKind.Invocation);
        }
    }
}
