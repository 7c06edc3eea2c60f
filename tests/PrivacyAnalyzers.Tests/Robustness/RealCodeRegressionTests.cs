using System.Collections.Immutable;
using System.Text;
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

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// Reduced from the analyzer's run on MimeKit (real code): the compile never finished and grew to
/// 14.5 GB. Callers took over their callees' field writes and taints once per call path, and a library's
/// call graph has exponentially many paths. These inputs were exponential before the fix; each test
/// asserts the bounded shape of the result.
/// </summary>
public class RealCodeRegressionTests
{
    private const int Levels = 24;

    [Fact]
    public void Field_writes_stay_one_per_field_along_a_call_graph_with_exponentially_many_paths()
    {
        // L1 calls L0 twice, L2 calls L1 twice, ...: 2^24 paths from L24 down to the field write in L0.
        var code = new StringBuilder("using PrivacyAnalyzers;\npublic class Parser\n{\n    private string _last = \"\";\n");
        code.AppendLine("    public void L0(string s) { _last = s; }");
        for (var level = 1; level <= Levels; level++)
        {
            code.AppendLine($"    public void L{level}(string s) {{ L{level - 1}(s); L{level - 1}(s + \"!\"); }}");
        }

        code.AppendLine("}");
        var (engine, type) = Engine(code.ToString(), "Parser");

        var summary = engine.GetSummary((IMethodSymbol)type.GetMembers("L" + Levels).Single(), new SummaryRequest(default));

        // The write stays in L0; each caller keeps its own two calls, not the writes below them.
        Assert.Empty(summary.FieldWrites);
        Assert.Equal(2, summary.CallBindings.Length);
        Assert.True(summary.StoresArguments);
        var write = Assert.Single(engine.GetSummary((IMethodSymbol)type.GetMembers("L0").Single(), new SummaryRequest(default)).FieldWrites);
        Assert.Equal("_last", write.Field.Name);
        Assert.Equal(Levels + 1, engine.AnalyzedMethods.Count);
    }

    [Fact]
    public void A_source_read_at_many_places_is_one_origin_keeping_the_shortest_path()
    {
        var code = new StringBuilder("""
            using PrivacyAnalyzers;
            public class Account { [PersonalData(DataCategory.Email)] public string Email { get; set; } = ""; }
            public class Digest
            {
                public string Build(Account a)
                {
                    var text = "";

            """);
        for (var i = 0; i < 200; i++)
        {
            code.AppendLine("        text = text + a.Email;");
        }

        code.AppendLine("        return text;\n    }\n}");
        var (engine, type) = Engine(code.ToString(), "Digest");

        var summary = engine.GetSummary((IMethodSymbol)type.GetMembers("Build").Single(), new SummaryRequest(default));

        var fact = Assert.Single(summary.ReturnValue.AllTaint().Facts.ToArray(), f => f.Key.IsConcrete);
        Assert.Equal("user.contact.email", fact.Key.Category);
        Assert.True(Taint.Length(fact.Value) <= PathStep.MaxLength);
    }

    [Fact]
    public void A_number_computed_from_an_object_keeps_its_taint_and_none_of_its_members()
    {
        // MimeKit's parser: offsets computed from its stream's state, written back to its own fields at every loop pass.
        const string Code = """
            using PrivacyAnalyzers;
            public class Account { [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = ""; }
            public class Inner { public string A = ""; public string B = ""; }
            public static class Reader { public static int Count(Inner inner) => System.Convert.ToInt32(inner); }
            public class Parser
            {
                private int _offset;
                public void Step(Account a)
                {
                    var inner = new Inner();
                    inner.A = a.Phone;
                    _offset = Reader.Count(inner);
                }
            }
            """;
        var (engine, type) = Engine(Code, "Parser");

        var summary = engine.GetSummary((IMethodSymbol)type.GetMembers("Step").Single(), new SummaryRequest(default));

        var offset = summary.ParametersAtExit[-1].Member("_offset");
        Assert.True(offset.Members.IsEmpty);
        Assert.Contains(offset.Direct.Facts.ToArray(), f => f.Key.IsConcrete && f.Key.Category == "user.contact.phone_number");
        var counted = engine.GetSummary((IMethodSymbol)engine.Model.Compilation.GetTypeByMetadataName("Reader")!.GetMembers("Count").Single(), new SummaryRequest(default));
        Assert.All(counted.ReturnValue.Direct.Facts.ToArray(), f => Assert.True(f.Key.Derived)); // callers resolve it flat too
    }

    [Theory]
    [InlineData(EngineLimits.FieldPathsPerNumber, EngineLimits.FieldPathsPerNumber)] // each member's field path kept apart
    [InlineData(EngineLimits.FieldPathsPerNumber + 1, 1)] // past the limit: the whole field (which holds its members too)
    public void A_number_a_callee_computes_from_many_field_paths_stands_for_their_whole_field(int members, int fieldFacts)
    {
        var names = Enumerable.Range(0, members).Select(i => "M" + i).ToArray();
        var code = $$"""
            public class State { {{string.Join(" ", names.Select(n => $"public string {n} = string.Empty;"))}} }
            public static class Reader { public static int Count(string s) => System.Convert.ToInt32(s); }
            public class Parser
            {
                private State _state = new State();
                private int _offset;
                public void Step() { _offset = Reader.Count({{string.Join(" + ", names.Select(n => "_state." + n))}}); }
            }
            """;
        var (engine, type) = Engine(code, "Parser");

        var summary = engine.GetSummary((IMethodSymbol)type.GetMembers("Step").Single(), new SummaryRequest(default));

        var state = summary.ParametersAtExit[-1].Member("_offset").Direct.Facts.ToArray()
            .Where(f => f.Key.Kind == OriginKind.Field && f.Key.Field!.Name == "_state").Select(f => f.Key.MemberPath).ToArray();
        Assert.Equal(fieldFacts, state.Length);
        Assert.Equal(fieldFacts == 1 ? new[] { "" } : names, state.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void Placeholders_passed_down_a_chain_of_calls_stay_within_the_member_depth()
    {
        const string Code = """
            public class Node { public Node? Next; public string Value = ""; }
            public static class Walk
            {
                public static string Two(Node n) => n.Next!.Next!.Value;
                public static string Four(Node n) => Two(n.Next!.Next!);
            }
            """;
        var (engine, type) = Engine(Code, "Walk");

        var summary = engine.GetSummary((IMethodSymbol)type.GetMembers("Four").Single(), new SummaryRequest(default));

        var placeholders = summary.ReturnValue.AllTaint().Facts.ToArray().Where(f => f.Key.Kind == OriginKind.Parameter).ToArray();
        Assert.NotEmpty(placeholders);
        Assert.All(placeholders, f => Assert.True(f.Key.MemberDepth <= EngineLimits.MemberDepth, f.Key.MemberPath));
        Assert.Contains(placeholders, f => f.Key.MemberPath == "Next.Next.Next"); // the deepest one stands for what lies below it
    }

    [Fact]
    public void A_method_past_its_work_budget_gets_a_pass_through_summary_instead_of_running_on()
    {
        const string Code = """
            using PrivacyAnalyzers;
            public static class Ads { [DataSink(Recipient.Advertising)] public static void Upload(string v) { } }
            public class Busy
            {
                public string Work(string a, string b)
                {
                    var x = a;
                    for (var i = 0; i < 10; i++) { x = x + b; Ads.Upload(x); }
                    return x;
                }
            }
            """;
        var (engine, type) = Engine(Code, "Busy");
        var method = (IMethodSymbol)type.GetMembers("Work").Single();
        var body = engine.BodyOperation(method)!;
        var graph = ControlFlowGraph.Create((IMethodBodyOperation)body);

        var generous = MethodFlowAnalysis.Summarize(engine, new SummaryRequest(default), method, graph);
        var starved = MethodFlowAnalysis.Summarize(engine, new SummaryRequest(default), method, graph, new WorkBudget(limit: 5));

        Assert.NotEmpty(generous.PlaceholderHits); // a and b reach the sink inside Work
        Assert.Empty(starved.PlaceholderHits);
        var returned = starved.ReturnValue.Direct.Facts.ToArray().Select(f => f.Key.Ordinal).OrderBy(o => o).ToArray();
        Assert.Equal(new[] { -1, 0, 1 }, returned); // it returns what it is given: this, a and b
    }

    [Fact]
    public async Task The_analyzer_reports_PRIV901_on_a_method_past_its_budget_and_still_reports_the_others()
    {
        // Statements of 8+ operations each, enough to pass the work budget of one method.
        var code = new StringBuilder("""
            using PrivacyAnalyzers;
            public class Account { [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = ""; }
            public static class Ads { [DataSink(Recipient.Advertising)] public static void Upload(string v) { } }
            public class Huge
            {
                public void Everything(Account a, int n)
                {
                    var total = 0;

            """);
        for (var i = 0; i < EngineLimits.WorkBudget / 8 + 500; i++)
        {
            code.AppendLine("        total = total + n * 2 - (n + 1) % 3;");
        }

        code.AppendLine("        Ads.Upload(a.Phone);\n    }\n    public void Small(Account a) => Ads.Upload(a.Phone);\n}");
        var compilation = Compile(code.ToString());
        var analyzer = new PrivacyAnalyzers.Rules.PrivacyFlowAnalyzer();
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer)).GetAnalyzerDiagnosticsAsync();

        var incomplete = Assert.Single(diagnostics, d => d.Id == "PRIV901");
        Assert.Contains("Huge.Everything", incomplete.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("Everything", incomplete.Location.SourceTree!.GetText().ToString(incomplete.Location.SourceSpan));
        var leak = Assert.Single(diagnostics, d => d.Id != "PRIV901");
        Assert.Equal("PRIV002", leak.Id); // the small method's flow; the huge one's is the documented gap
        Assert.Contains("Small", leak.Location.SourceTree!.GetText().Lines[leak.Location.GetLineSpan().StartLinePosition.Line].ToString(), StringComparison.Ordinal);
    }

    /// <summary>A library compilation of <paramref name="code"/> against the framework and the annotations; it must compile.</summary>
    internal static CSharpCompilation Compile(string code)
    {
        var compilation = TestCompilations.Create(code);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    private static (FlowEngine Engine, INamedTypeSymbol Type) Engine(string code, string typeName)
    {
        var compilation = Compile(code);
        var model = PrivacyModelCache.Get(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default);
        return (new FlowEngine(model), compilation.GetTypeByMetadataName(typeName)!);
    }
}
