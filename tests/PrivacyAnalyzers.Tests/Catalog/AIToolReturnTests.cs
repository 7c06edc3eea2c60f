using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// Tools a model calls hand what they return to the model's provider: Semantic Kernel's <c>[KernelFunction]</c> plugin
/// methods (an attribute-keyed catalog line with <c>returns</c>) and <c>AIFunctionFactory.Create</c>, against the real packages.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class AIToolReturnTests
{
    private static readonly (string, string)[] SemanticKernel = RealPackageCatalogTests.SemanticKernelDependencies.Split(';')
        .Skip(1).Select(d => (d.Split('/')[0], d.Split('/')[1])).Prepend(("Microsoft.SemanticKernel.Core", "1.82.0")).ToArray();

    private const string NeverToAI = "promise: user.contact.email ; never: ai_provider ; Your e-mail never goes to an AI provider.";

    [Fact]
    public Task AKernelFunctionReturningAMarkedEmailBreaksAPromiseNeverToAnAIProvider() => CatalogFlowTests.Test("""
        using Microsoft.SemanticKernel;
        using System.ComponentModel;
        class OrderPlugin
        {
            private readonly Account _account = new();

            [KernelFunction, Description("The signed-in user's contact")]
            public string GetContact() => {|PRIV001:_account.Email|};

            [KernelFunction("user_phone")]
            public async Task<string> GetPhoneAsync()
            {
                await Task.Yield();
                if (_account.Id > 0)
                {
                    return {|PRIV002:_account.PhoneNumber|};
                }

                return "unknown";
            }

            [KernelFunction]
            public string Greeting(string name) => "Hello " + _account.DisplayName;

            // Not a tool: what it returns stays in the program.
            public string Email() => _account.Email;
        }
        """, SemanticKernel).WithRules(NeverToAI).RunAsync();

    [Fact]
    public Task AnAIFunctionFactoryToolReturningAMarkedEmailBreaksAPromiseNeverToAnAIProvider() => CatalogFlowTests.Test("""
        using Microsoft.Extensions.AI;
        class Tools
        {
            public AIFunction Contact(Account a) => AIFunctionFactory.Create(() => {|PRIV001:a.Email|});
        }
        """, ("Microsoft.Extensions.AI.Abstractions", "10.11.0"), ("System.Text.Json", "10.0.15"), ("System.Text.Encodings.Web", "10.0.15"), ("System.IO.Pipelines", "10.0.15"))
        .WithRules(NeverToAI).RunAsync();

    [Fact]
    public void AnAttributeKeyedSinkMaySayReturnsButNothingElseBesidesArgsExcept()
    {
        var file = RulesFileParser.Parse(SourceText.From("""
            sink: [T:Acme.Ai.ToolAttribute] ; ai_provider ; Acme ; returns
            sink: [T:Acme.Ai.ToolAttribute] ; ai_provider ; Acme ; returns: method
            """));

        Assert.Equal(RulesFileParser.Returns, Assert.Single(Assert.Single(file.Entries).ExceptParameters));
        Assert.Equal(
            "An attribute-keyed sink names the parameters it does not hand over, such as 'args: except T:Acme.ILogger, classified', or says 'returns', found 'returns: method'",
            Assert.Single(file.Problems).Message);
    }

    [Fact]
    public Task ATeamsOwnToolAttributeHandsOverWhatItsMethodsReturnNotTheirParameters() => new AnalyzerTest<PrivacyAnalyzers.Rules.PrivacyFlowAnalyzer>("""
        using PrivacyAnalyzers;
        namespace Acme.Ai { public sealed class ToolAttribute : System.Attribute { } }
        public class Account { [PersonalData(DataCategory.Email)] public string Email { get; set; } = ""; }
        class Plugin
        {
            [Acme.Ai.Tool] public string Contact(Account a) => {|PRIV002:a.Email|};
            [Acme.Ai.Tool] public int Count(string email) => email.Length;
        }
        """).WithRules("sink: [T:Acme.Ai.ToolAttribute] ; ai_provider ; Acme ; returns").RunAsync();
}
