using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// A Blazor component built by the real Razor SDK with the packed package: a flow in its <c>@code</c> block is reported
/// in the .razor file, at the line and column of the expression there.
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)]
public sealed class RazorBuildTests
{
    private readonly PackedPackage _package;

    public RazorBuildTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public void A_flow_in_a_components_code_block_is_reported_in_the_razor_file()
    {
        var project = ScratchProject.Create(_package, "Components", sdk: "Microsoft.NET.Sdk.Razor",
                items: """<PackageReference Include="Microsoft.AspNetCore.Components.Web" Version="10.0.15" />""")
            .Write("Model.cs", """
                using PrivacyAnalyzers;
                namespace Components;
                public sealed class Account { [PersonalData(DataCategory.Email)] public string Email { get; set; } = ""; }
                public static class Log { [DataSink(Recipient.Logging)] public static void Write(string value) { } }
                """)
            .Write("Checkout.razor", """
                @namespace Components
                <p>@Customer.Email</p>
                <button @onclick="Pay">Pay</button>
                @code {
                    public Account Customer { get; set; } = new Account();
                    private void Pay() => Log.Write(Customer.Email);
                }
                """);

        var build = project.Build();

        Assert.True(build.Succeeded, build.ToString());
        var warning = Assert.Single(build.Output.Split('\n').Where(l => l.Contains("warning PRIV", StringComparison.Ordinal)).Distinct());
        Assert.Contains("Checkout.razor(6,37): warning PRIV003: user.contact.email from 'Account.Email' reaches logging sink 'Log.Write'", warning);
    }
}
