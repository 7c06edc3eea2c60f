using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using MalformedTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.MalformedAnnotationAnalyzer>;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

/// <summary>Rules-file and option problems reach the build as PRIV010 through MalformedAnnotationAnalyzer.</summary>
public class RulesFileDiagnosticsTests
{
    [Fact]
    public Task BadLinesArePriv010AtTheirLineOfTheRulesFile()
    {
        var test = new MalformedTest("namespace Acme { public static class Ads { public static void Upload(string id) { } } }");
        test.TestState.AdditionalFiles.Add(("/repo/PrivacyRules.txt", """
            # Acme's SDKs
            sink: M:Acme.Ads.Upload ; advertising ; Acme
            sink: M:Acme.Ads.Uplod ; advertising ; Acme   # typo in the name
               promise: user.contact.phone_number ; advertising
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRIV010", DiagnosticSeverity.Warning)
            .WithSpan("/repo/PrivacyRules.txt", 3, 1, 3, 44)
            .WithMessage("'M:Acme.Ads.Uplod' names no symbol of the compilation or its references"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRIV010", DiagnosticSeverity.Warning)
            .WithSpan("/repo/PrivacyRules.txt", 4, 4, 4, 52)
            .WithMessage("A promise needs 'never: <recipients>' or 'consent: <recipients>' as its second field, found 'advertising'"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnknownOptionValueIsPriv010NamingTheKey() =>
        new MalformedTest("class C { }",
                new DiagnosticResult("PRIV010", DiagnosticSeverity.Warning)
                    .WithMessage("Option 'privacy_analyzers.catalog' has the unknown value 'off': expected default or none"))
            .WithGlobalConfig("privacy_analyzers.catalog = off")
            .RunAsync();
}
