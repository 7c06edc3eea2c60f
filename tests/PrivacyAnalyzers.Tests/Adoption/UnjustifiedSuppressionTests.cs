using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using DiagnosticResult = Microsoft.CodeAnalysis.Testing.DiagnosticResult;

namespace PrivacyAnalyzers.Tests.Adoption;

public sealed class UnjustifiedSuppressionTests
{
    // The library's own check wraps the code in '#pragma warning disable PRIV012', which this rule rightly reports.
    private static AnalyzerTest<UnjustifiedSuppressionAnalyzer> Test(string source, params DiagnosticResult[] expected) =>
        new(source, expected) { TestBehaviors = Microsoft.CodeAnalysis.Testing.TestBehaviors.SkipSuppressionCheck };

    private static DiagnosticResult Priv012(int location, string what, string id, string fix) =>
        new DiagnosticResult(RuleIdentifiers.UnjustifiedSuppression, DiagnosticSeverity.Warning).WithLocation(location).WithArguments(what, id, fix);

    private static DiagnosticResult Pragma(int location, string id) =>
        Priv012(location, $"'#pragma warning disable {id}'", id, "add a comment on the same line that says why");

    private static DiagnosticResult Attribute(int location, string id) => Priv012(location, "[SuppressMessage]", id, "set Justification to say why");

    [Fact]
    public async Task Pragma_without_a_comment_is_reported_at_each_privacy_rule_it_names()
    {
        var source = """
            class C
            {
                void M()
                {
            #pragma warning disable {|#0:PRIV003|}, CS0168, {|#1:PRIV002|}
                    int unused;
            #pragma warning restore PRIV003, CS0168, PRIV002
                }
            }
            """;
        await Test(source,
            Pragma(0, "PRIV003"),
            Pragma(1, "PRIV002")).RunAsync();
    }

    [Fact]
    public async Task Pragma_with_a_comment_on_its_line_and_other_rules_are_silent()
    {
        var source = """
            class C
            {
            #pragma warning disable PRIV003 // the audit log is disclosed in the DPA, not in code
            #pragma warning disable CS0169
                int unused;
            #pragma warning restore PRIV003
            #pragma warning restore CS0169
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task Pragma_with_an_empty_comment_or_a_comment_on_the_line_above_is_reported()
    {
        var source = """
            class C
            {
                // the audit log is disclosed
            #pragma warning disable {|#0:PRIV003|}
            #pragma warning disable {|#1:PRIV001|} //
            }
            """;
        await Test(source,
            Pragma(0, "PRIV003"),
            Pragma(1, "PRIV001")).RunAsync();
    }

    [Fact]
    public async Task SuppressMessage_for_a_privacy_rule_without_a_justification_is_reported_under_every_spelling()
    {
        var source = """
            using System.Diagnostics.CodeAnalysis;

            [assembly: {|#0:SuppressMessage("Privacy", "PRIV002", Scope = "member", Target = "~M:C.A")|}]

            class C
            {
                [{|#1:SuppressMessage("Privacy", "PRIV003:Personal data is logged without a disclosure")|}]
                void A() { }

                [{|#2:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute("Privacy", "PRIV001", Justification = "  ")|}]
                void B() { }

                [{|#3:SuppressMessage(checkId: "PRIV100", category: "Privacy")|}]
                string Phone = "";
            }
            """;
        await Test(source,
            Attribute(0, "PRIV002"),
            Attribute(1, "PRIV003"),
            Attribute(2, "PRIV001"),
            Attribute(3, "PRIV100")).RunAsync();
    }

    [Fact]
    public async Task SuppressMessage_with_a_justification_or_for_other_rules_is_silent()
    {
        var source = """
            using System.Diagnostics.CodeAnalysis;

            class C
            {
                private const string Reason = "Covered by the processor agreement";

                [SuppressMessage("Privacy", "PRIV003", Justification = "The audit log is disclosed in the privacy policy")]
                void A() { }

                [SuppressMessage("Privacy", "PRIV002", Justification = Reason)]
                void B() { }

                [SuppressMessage("Style", "IDE0051")]
                void D() { }

                [SuppressMessage("Privacy", "PRIVATE")]
                void E() { }
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task Half_typed_suppressions_do_not_crash()
    {
        var source = """
            using System.Diagnostics.CodeAnalysis;

            class C
            {
            #pragma warning disable {|#0:PRIV003|}
                [{|CS7036:SuppressMessage()|}]
                void A() { }

                [{|#1:SuppressMessage("Privacy", "PRIV002", Justification = )|}]
                void B() { }
            #pragma warning disable PRIV
            }
            """;
        await Test(source,
            Pragma(0, "PRIV003"),
            Attribute(1, "PRIV002"),
            DiagnosticResult.CompilerError("CS1525").WithSpan(9, 60, 9, 61).WithArguments(")")).RunAsync();
    }
}
