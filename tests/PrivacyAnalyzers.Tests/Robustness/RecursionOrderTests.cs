using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Engine;
using Xunit;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// Determinism: methods that call each other in a cycle get the same summaries whichever of them
/// the driver happens to analyze first (MailKit's streams gave different flows from one build to the next).
/// </summary>
public class RecursionOrderTests
{
    private const string Code = """
        using PrivacyAnalyzers;
        public static class Log { [DataSink(Recipient.Logging)] public static void Write(string v) { } }
        public class Walker
        {
            public string A(string x, int n) { if (n > 0) { Log.Write(B(x, n - 1)); } return x + "a"; }
            public string B(string y, int n) { var r = n > 2 ? C(y, n - 1) : y; Log.Write(r); return r; }
            public string C(string z, int n) { return n > 0 ? A(z, n - 1) : "c"; }
        }
        """;

    [Fact]
    public void Summaries_of_a_cycle_do_not_depend_on_which_method_is_analyzed_first()
    {
        var orders = new[] { new[] { "A", "B", "C" }, new[] { "B", "C", "A" }, new[] { "C", "A", "B" } };
        var results = orders.Select(Summaries).ToList();

        foreach (var result in results.Skip(1))
        {
            Assert.Equal(results[0], result);
        }
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void A_cycle_is_summarized_once_wherever_it_is_entered(string first)
    {
        // Entered at B or C, the engine used to summarize the cycle, drop it, and summarize it again from A.
        var compilation = RealCodeRegressionTests.Compile(Code);
        var engine = new FlowEngine(PrivacyModelCache.Get(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default));
        var type = compilation.GetTypeByMetadataName("Walker")!;
        engine.GetSummary((IMethodSymbol)type.GetMembers(first).Single(), new SummaryRequest(default));

        Assert.Equal(4, engine.AnalyzedMethods.Count); // A, B, C and the sink Log.Write
        Assert.Equal(4, engine.AnalysisRuns);
    }

    [Fact]
    public void Two_threads_entering_one_cycle_summarize_it_once()
    {
        // The driver analyzes the methods of a cycle on several threads: each used to summarize the whole cycle.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var compilation = RealCodeRegressionTests.Compile(Code);
            var engine = new FlowEngine(PrivacyModelCache.Get(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default));
            var type = compilation.GetTypeByMetadataName("Walker")!;
            using var start = new System.Threading.Barrier(2);
            var threads = new[] { "A", "B" }.Select(name => new System.Threading.Thread(() =>
            {
                start.SignalAndWait();
                engine.GetSummary((IMethodSymbol)type.GetMembers(name).Single(), new SummaryRequest(default));
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.Equal(4, engine.AnalysisRuns);
        }
    }

    /// <summary>Each method's summary, as text, after asking for them in this order on a fresh engine.</summary>
    private static string Summaries(string[] order)
    {
        var compilation = RealCodeRegressionTests.Compile(Code);
        var engine = new FlowEngine(PrivacyModelCache.Get(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default));
        var type = compilation.GetTypeByMetadataName("Walker")!;
        foreach (var name in order)
        {
            engine.GetSummary((IMethodSymbol)type.GetMembers(name).Single(), new SummaryRequest(default));
        }

        return string.Join("\n", new[] { "A", "B", "C" }.Select(name =>
        {
            var summary = engine.GetSummary((IMethodSymbol)type.GetMembers(name).Single(), new SummaryRequest(default));
            var returned = string.Join(",", summary.ReturnValue.AllTaint().Facts.ToArray().Select(f => f.Key.Ordinal + f.Key.MemberPath).OrderBy(s => s));
            var hits = string.Join(",", summary.PlaceholderHits.Select(h => h.Location.SourceSpan.Start + ":" + h.Origin.Ordinal).OrderBy(s => s));
            return $"{name}: returns {returned}; hits {hits}";
        }));
    }
}
