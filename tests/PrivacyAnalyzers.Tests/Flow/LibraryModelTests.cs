using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>
/// A team's <c>model:</c> lines tell the engine what a library it cannot look into does with data; without a
/// line, the default rule applies (what goes in comes out). The library is a referenced project, so the
/// engine sees only its metadata, as with a NuGet package.
/// </summary>
public class LibraryModelTests
{
    private const string Sdk = """
        using System;
        using System.Collections.Generic;
        namespace Acme
        {
            public sealed class Geocoder { public string Find(string address) => address; }
            public static class Text { public static string Normalize(string value, string locale) => value; }
            public sealed class Bag<T> { public void Put(T item) { } public T Take() => default!; }
            public static class Jobs { public static void Later<T>(Action<T> action, T target) { } }
            public static class Telemetry { public static void Send(int level, string message, object data) { } }
        }
        """;

    private static AnalyzerTest<PrivacyFlowAnalyzer> Test(string code, string rules, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest<PrivacyFlowAnalyzer>(Prelude + code, expected);
        test.TestState.AdditionalProjects["Acme"].Sources.Add(("Acme.cs", Sdk));
        test.TestState.AdditionalProjects["Acme"].AdditionalReferences.AddRange(ReferenceSets.Net80);
        test.TestState.AdditionalProjectReferences.Add("Acme");
        return rules.Length == 0 ? test : test.WithRules(rules);
    }

    [Fact]
    public Task Without_a_model_a_library_call_returns_what_it_was_given() => Test("""
        class C { void M(Acme.Geocoder geocoder, Account a) { Ads.Upload({|#0:geocoder.Find(a.PhoneNumber)|}); } }
        """, "", At("PRIV001", 0)).RunAsync();

    [Fact]
    public Task Pass_through_model_follows_only_the_argument_it_names() => Test("""
        class C
        {
            void M(Account a)
            {
                Ads.Upload(Acme.Text.Normalize(a.DisplayName, a.PhoneNumber));
                Ads.Upload({|#0:Acme.Text.Normalize(a.PhoneNumber, "en")|});
            }
        }
        """, "model: M:Acme.Text.Normalize ; arg0 -> return\n", At("PRIV001", 0)).RunAsync();

    [Fact]
    public Task Element_wise_model_keeps_the_members_of_a_stored_object_apart() => Test("""
        public sealed class Lead { public string Name { get; set; } = ""; public string Contact { get; set; } = ""; }
        class C
        {
            void M(Account a)
            {
                var bag = new Acme.Bag<Lead>();
                bag.Put(new Lead { Name = a.DisplayName, Contact = a.PhoneNumber });
                Ads.Upload(bag.Take().Name);
                Ads.Upload({|#0:bag.Take().Contact|});
            }
        }
        """, """
        model: M:Acme.Bag`1.Put ; arg0 -> this[]
        model: M:Acme.Bag`1.Take ; this[] -> return
        """, At("PRIV001", 0)).RunAsync();

    [Fact]
    public Task Delegate_model_runs_the_lambda_with_the_argument_it_names() => Test("""
        class C { void M(Account a) { Acme.Jobs.Later<string>(x => Ads.Upload({|#0:x|}), a.PhoneNumber); } }
        """, "model: M:Acme.Jobs.Later ; call arg0(arg1)\n", At("PRIV001", 0)).RunAsync();

    [Fact]
    public Task Without_the_delegate_model_the_lambda_sees_nothing_it_is_not_given() => Test("""
        class C { void M(Account a) { Acme.Jobs.Later<string>(x => Ads.Upload(x), a.PhoneNumber); } }
        """, "").RunAsync();

    [Fact]
    public Task Parameter_level_sink_hands_over_only_the_arguments_it_names() => Test("""
        class C { void M(Account a) { Acme.Telemetry.Send(a.PhoneNumber.Length, a.PhoneNumber, {|#0:a.Email|}); } }
        """, "sink: M:Acme.Telemetry.Send ; analytics ; Acme ; args: 2\n", At("PRIV002", 0)).RunAsync();

    [Fact]
    public Task Attribute_keyed_sink_makes_every_method_carrying_the_attribute_hand_over_its_parameters_but_the_excepted() => Test("""
        [AttributeUsage(AttributeTargets.Method)] public sealed class AuditEventAttribute(string name) : Attribute { }
        public sealed class AuditChannel { }
        public static partial class Audit
        {
            [AuditEvent("signup")] public static void SignedUp(AuditChannel channel, string email, int plan) { }
            public static void Unmarked(string email) { }
        }
        class C
        {
            void M(AuditChannel channel, Account a)
            {
                Audit.SignedUp(channel, {|#0:a.Email|}, a.Id);
                Audit.Unmarked(a.Email);
            }
        }
        """, "sink: [T:AuditEventAttribute] ; analytics ; Auditly ; args: except T:AuditChannel\n", At("PRIV002", 0)).RunAsync();

    [Fact]
    public void An_attribute_keyed_sink_naming_no_type_is_a_problem_at_its_line()
    {
        var compilation = TestCompilations.Create("public sealed class AuditEventAttribute : System.Attribute { }");
        var model = TestCompilations.Model(compilation, null, ("/p/PrivacyRules.txt", "\nsink: [T:Acme.AuditEvnt] ; analytics\nsink: [T:AuditEventAttribute] ; analytics ; ; args: except T:Acme.Missing\n"));

        var problem = Assert.Single(model.Rules.Problems);
        Assert.Equal(1, problem.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'T:Acme.AuditEvnt' names no symbol", problem.GetMessage(), StringComparison.Ordinal);
        Assert.Single(model.Rules.AttributeSinks); // an excepted type the project does not have excepts nothing, silently
    }

    [Fact]
    public Task A_team_line_replaces_the_built_in_model() => Test("""
        class C
        {
            void M(List<string> list, Account a)
            {
                list.Add(a.PhoneNumber);
                Ads.Upload({|#0:list.Count|});
                Ads.Upload(new List<string> { a.PhoneNumber }.ToArray().Length);
            }
        }
        """, "model: P:System.Collections.Generic.List`1.Count ; this[] -> return\n", At("PRIV001", 0)).RunAsync();

    [Fact]
    public void A_model_of_a_type_is_a_problem_at_its_line()
    {
        var compilation = TestCompilations.Create("namespace Acme { public class Geo { public string Find(string a) => a; } }");
        var model = TestCompilations.Model(compilation, null, ("/p/PrivacyRules.txt", "\nmodel: T:Acme.Geo ; arg0 -> return\n"));

        var problem = Assert.Single(model.Rules.Problems);
        Assert.Equal(1, problem.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'T:Acme.Geo' is no method or property", problem.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_built_in_library_model_names_a_real_symbol_of_the_framework()
    {
        var models = RulesLoader.BuiltInLibraryModels;
        Assert.Empty(models.Problems);
        Assert.True(models.Entries.Length >= 200, $"only {models.Entries.Length} entries");

        // The redactor is in the compliance package; everything else is in the .NET 8 reference assemblies.
        var compilation = TestCompilations.Create("class C { }",
            ("Microsoft.Extensions.Compliance.Abstractions", "8.10.0"), ("Microsoft.Extensions.Compliance.Redaction", "8.10.0"));
        Assert.All(models.Entries, entry => Assert.False(SymbolIds.Resolve(entry.SymbolId!, compilation).IsEmpty,
            $"{entry.SymbolId} (line {entry.Line.Number + 1}) names nothing in the .NET 8 reference assemblies"));
    }
}
