using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>A method that touches nothing personal gets no flow work, and no method is analyzed twice.</summary>
public class GatingTests
{
    private const string Code = """
        using PrivacyAnalyzers;
        public class Account { [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = ""; public int Id { get; set; } }
        public static class Ads { [DataSink(Recipient.Advertising)] public static void Upload(object v) { } }
        public class Service
        {
            public static string Format(string s) => s.Trim();
            public static int Add(int a, int b) => a + b;
            public void Leak(Account a) { Ads.Upload(Format(a.Phone)); Ads.Upload(Format(a.Phone)); }
            public void Counts(int[] values) { var total = 0; foreach (var v in values) total = Add(total, v); Ads.Upload(total); }
            public string Greeting(string name) => "Hello " + Format(name);
        }
        """;

    [Fact]
    public void Only_methods_that_touch_personal_data_are_analyzed_and_each_once()
    {
        var compilation = TestCompilations.Create(Code);
        var model = PrivacyModelCache.Get(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default);
        var engine = new FlowEngine(model);
        var service = compilation.GetTypeByMetadataName("Service")!;

        // As the analyzer driver does: every method body, one after the other (Leak twice, as an IDE re-run would).
        foreach (var name in new[] { "Format", "Add", "Leak", "Counts", "Greeting", "Leak" })
        {
            var method = (IMethodSymbol)service.GetMembers(name).Single();
            var body = engine.BodyOperation(method)!;
            engine.AnalyzeIfPersonal(method, body, () => Graph(body), default);
        }

        var analyzed = engine.AnalyzedMethods.Select(m => m.Name).OrderBy(n => n).ToArray();
        // Format and the sink Upload (for what a sink of the compilation does inside) only as Leak's callees; Add, Counts, Greeting never.
        Assert.Equal(new[] { "Format", "Leak", "Upload" }, analyzed);
        Assert.Equal(3, engine.AnalysisRuns);
    }

    [Fact]
    public void Whether_a_method_of_a_cycle_may_produce_personal_data_does_not_depend_on_which_method_was_asked_first()
    {
        // Lookup calls Resolve before it reads the phone; Resolve calls Lookup back. Asked about Lookup first, the gate
        // met Resolve while Lookup was still being decided: "Resolve produces nothing" then leaned on that assumption.
        var compilation = TestCompilations.Create("""
            using PrivacyAnalyzers;
            public static class Device { [PersonalData(DataCategory.PhoneNumber)] public static string Phone() => ""; }
            public class Directory
            {
                public string Lookup(int depth) { var next = depth > 0 ? Resolve(depth - 1) : ""; return next + Device.Phone(); }
                public string Resolve(int depth) => Lookup(depth);
                public string Unrelated(int depth) => depth.ToString();
            }
            """);
        var model = PrivacyModelCache.Get(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default);
        var engine = new FlowEngine(model);
        var type = compilation.GetTypeByMetadataName("Directory")!;
        IMethodSymbol Method(string name) => (IMethodSymbol)type.GetMembers(name).Single();

        Assert.True(engine.Gate.MayProduce(Method("Lookup"), new SummaryRequest(default)));
        Assert.True(engine.Gate.MayProduce(Method("Resolve"), new SummaryRequest(default)));
        Assert.False(engine.Gate.MayProduce(Method("Unrelated"), new SummaryRequest(default)));
    }

    private static ControlFlowGraph Graph(IOperation body) => body switch
    {
        IMethodBodyOperation method => ControlFlowGraph.Create(method),
        IBlockOperation block => ControlFlowGraph.Create(block),
        _ => throw new InvalidOperationException(body.Kind.ToString()),
    };

}
