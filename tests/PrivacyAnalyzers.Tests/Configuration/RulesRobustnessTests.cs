using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

public class RulesRobustnessTests
{
    /// <summary>Odd lines and IDs: each is a PRIV010 at its own line, none throws.</summary>
    [Theory]
    [InlineData("::::")]
    [InlineData(";;;;")]
    [InlineData(":")]
    [InlineData("sink:")]
    [InlineData("sink: ; ;")]
    [InlineData("sink: M: ; logging")]
    [InlineData("sink: M:. ; logging")]
    [InlineData("sink: M:A. ; logging")]
    [InlineData("sink: M:.B ; logging")]
    [InlineData("sink: M:A.B( ; logging")]
    [InlineData("sink: M:A.B(System.String ; logging")]
    [InlineData("sink: M:A.(System.String)* ; logging")]
    [InlineData("sink: M:A.B``x ; logging")]
    [InlineData("sink: M:System.Console.Write``99 ; logging")]
    [InlineData("sink: P:* ; logging")]
    [InlineData("sink: P:A.* ; logging")]
    [InlineData("sink: T: ; logging")]
    [InlineData("sink: N:. ; logging")]
    [InlineData("sink: N:System..IO ; logging")]
    [InlineData("sink: F:System.String.Empty.Length ; logging")]
    [InlineData("sink: M:System.Console.WriteLine(System.Strin) ; logging")]
    [InlineData("source: M:System.Console.ReadLine ; user.contact.phone_number ; extra")]
    [InlineData("anonymizer: M:System.String.Trim ; ;;")]
    [InlineData("promise: ; never: logging")]
    [InlineData("promise: user.name ; never:")]
    [InlineData("disclosure: user.name ; ; ; ;")]
    [InlineData("sink: M:System.Console.Write ; logging, , ,advertising,x")]
    [InlineData("\u00e9t\u00e9: M:A.B ; logging")]
    public async Task OddLinesArePriv010AndNeverThrow(string line)
    {
        var compilation = TestCompilations.Create("class C { }");
        var model = TestCompilations.Model(compilation, null, ("/repo/PrivacyRules.txt", "# first\n" + line + "\nsink: M:System.Console.Beep ; logging\n"));

        var problem = Assert.Single(model.Rules.Problems);
        Assert.Equal(1, problem.Location.GetLineSpan().StartLinePosition.Line);
        var beep = compilation.GetTypeByMetadataName("System.Console")!.GetMembers("Beep").OfType<IMethodSymbol>().First();
        Assert.NotNull(model.MethodSink(beep));
    }
}
