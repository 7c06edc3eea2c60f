using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>
/// Demand-driven analysis: a method that touches personal data but can reach no sink is left out of flow analysis, and
/// analyzed at compilation end only when a flow to a sink needs what it writes.
/// </summary>
public class DemandTests
{
    private const string Code = """
        using System;
        using PrivacyAnalyzers;
        public class Account { [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = ""; }
        public static class Ads { [DataSink(Recipient.Advertising)] public static void Upload(object v) { } }
        public class Service
        {
            private string _last = "";
            private string _unused = "";
            public event EventHandler? Changed;
            public string Copy(Account a) => a.Phone.Trim();
            public void Remember(Account a) { _last = a.Phone; }
            public void Keep(Account a) { _unused = a.Phone; Changed?.Invoke(this, EventArgs.Empty); }
            public void Note(Account a) { var p = a.Phone; Console.WriteLine("parsed"); }
            public void Report() { Ads.Upload(_last); }
        }
        """;

    [Fact]
    public void Methods_that_reach_no_sink_wait_and_only_the_writer_a_flow_needs_is_analyzed()
    {
        var (engine, service) = Engine();
        Analyze(engine, service, "Copy", "Remember", "Keep", "Note", "Report");

        // Copy returns the phone, Remember and Keep store it, Note logs a constant and raises nothing: none reaches a sink.
        Assert.Empty(engine.AnalyzedMethods.Select(m => m.Name).Intersect(new[] { "Copy", "Remember", "Keep", "Note" }));
        Assert.Equal(4, engine.DeferredCount);

        var hits = engine.SettleWholeProgram(default);

        // Report hands _last to a sink: Remember, which writes it, is analyzed now; the others never are.
        var hit = Assert.Single(hits);
        Assert.Equal("user.contact.phone_number", hit.Origin.Category);
        Assert.Equal(new[] { "Remember", "Report", "Upload" }, engine.AnalyzedMethods.Select(m => m.Name).OrderBy(n => n).ToArray());
        Assert.Equal(3, engine.DeferredCount);
    }

    [Fact]
    public void A_rule_that_reads_return_values_gets_the_deferred_members_it_names_analyzed()
    {
        var (engine, service) = Engine();
        Analyze(engine, service, "Copy");
        Assert.Empty(engine.AnalyzedMethods);

        engine.SettleWholeProgram(default, returnsRead: m => m.Name == "Copy");

        Assert.Equal("user.contact.phone_number", Assert.Single(engine.ReturnedSources((IMethodSymbol)service.GetMembers("Copy").Single())).Category);
    }

    [Fact]
    public void Without_deferral_every_method_that_touches_personal_data_is_analyzed_at_once()
    {
        var (engine, service) = Engine();
        engine.DefersMethodsWithoutSinks = false;
        Analyze(engine, service, "Copy");
        Assert.Equal(new[] { "Copy" }, engine.AnalyzedMethods.Select(m => m.Name).ToArray());
    }

    [Fact]
    public void PRIV020_turned_off_reads_no_return_values_so_nothing_deferred_is_analyzed_for_it()
    {
        var compilation = TestCompilations.Create(Code);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        Assert.NotNull(PrivacyAnalyzers.Rules.UnmarkedLibraryExposureRule.ReturnsRead(compilation, options, default));

        var off = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            compilation.Options.SpecificDiagnosticOptions.SetItem("PRIV020", ReportDiagnostic.Suppress)));
        Assert.Null(PrivacyAnalyzers.Rules.UnmarkedLibraryExposureRule.ReturnsRead(off, options, default));
    }

    [Fact]
    public void Callers_wait_when_a_callee_logs_only_what_it_reads_itself_and_are_analyzed_when_it_logs_what_they_pass()
    {
        var (engine, type) = Engine("""
            using System;
            using PrivacyAnalyzers;
            public class Account { [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = ""; }
            public class Keys
            {
                public string Find(string id) { try { return id.Trim(); } catch (Exception ex) { Console.WriteLine(ex.Message); return ""; } }
                public void Audit(string value) => Console.WriteLine(value);
                public string Lookup(Account a) => Find(a.Phone);
                public void Record(Account a) => Audit(a.Phone);
            }
            """, "Keys");
        Analyze(engine, type, "Find", "Audit", "Lookup", "Record");

        // Find logs an exception it caught, not what it is given: Lookup waits. Audit logs its parameter: Record is analyzed.
        var analyzed = engine.AnalyzedMethods.Select(m => m.Name).ToList();
        Assert.DoesNotContain("Lookup", analyzed);
        Assert.Contains("Record", analyzed);
        Assert.Contains("Find", analyzed);
    }

    [Fact]
    public void A_delegate_local_runs_what_the_method_assigns_to_it()
    {
        var (engine, type) = Engine("""
            using System;
            using PrivacyAnalyzers;
            public class Account { [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = ""; }
            public class Writer
            {
                public Action<string>? Callback { get; set; }
                private static void Ignore(string value) { }
                private static void Print(string value) => Console.WriteLine(value);
                public void Quiet(Account a) { var callback = Callback ?? Ignore; callback(a.Phone); }
                public void Loud(Account a) { Action<string> callback = a.Phone.Length > 3 ? Print : Ignore; callback(a.Phone); }
            }
            """, "Writer");
        Analyze(engine, type, "Quiet", "Loud");

        // Quiet runs the stored Callback (known at compilation end) or Ignore; Loud may run Print, which logs.
        var analyzed = engine.AnalyzedMethods.Select(m => m.Name).ToList();
        Assert.DoesNotContain("Quiet", analyzed);
        Assert.Contains("Loud", analyzed);
    }

    [Fact]
    public void A_method_that_stores_a_handler_waits_unless_what_the_handler_runs_may_reach_a_sink_or_is_unknown()
    {
        var (engine, type) = Engine("""
            using System;
            using PrivacyAnalyzers;
            public class Account { [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = ""; }
            public class Watcher
            {
                private string _phone = "";
                public event EventHandler? Changed;
                private void Count(object? sender, EventArgs e) { _phone = _phone.Trim(); }
                private void Print(object? sender, EventArgs e) => Console.WriteLine(sender);
                public void Quiet(Account a) { _phone = a.Phone; Changed += Count; }
                public void Lambda(Account a) { _phone = a.Phone; Changed += (s, e) => _phone = ""; }
                public void Loud(Account a) { _phone = a.Phone; Changed += Print; }
                public void Given(Account a, EventHandler handler) { _phone = a.Phone; Changed += handler; }
            }
            """, "Watcher");
        Analyze(engine, type, "Quiet", "Lambda", "Loud", "Given");

        // Count and the lambda reach no sink, which the scan itself asks; Print logs what it is given; a handler passed
        // in may run anything. Only the last two need their stores known at compilation end.
        Assert.Equal(new[] { "Given", "Loud" }, engine.AnalyzedMethods.Select(m => m.Name).Where(n => n is "Quiet" or "Lambda" or "Loud" or "Given").OrderBy(n => n).ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void On_the_command_line_methods_wait_for_compilation_end_and_no_body_is_bound_again(bool commandLine)
    {
        var (engine, type) = Engine("""
            using System;
            using PrivacyAnalyzers;
            public class Account { [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = ""; }
            public class Keys
            {
                public void Record(Account a) => Audit(a.Phone);
                public void Audit(string value) => Console.WriteLine(value);
            }
            """, "Keys");
        engine.DecidesAtEnd = commandLine;

        // The driver hands Record over before Audit: whether Record reaches a sink depends on Audit.
        Analyze(engine, type, "Record");
        Assert.Equal(commandLine ? 0 : 1, engine.BodiesBoundForQuestions); // by default Audit is bound to answer at once
        Assert.Equal(!commandLine, engine.AnalyzedMethods.Any(m => m.Name == "Record"));
        Analyze(engine, type, "Audit");

        // At compilation end the waiting method is decided from the scans kept: Record is analyzed, and finds the flow.
        var hits = engine.DecidePostponed(default).Concat(engine.SettleWholeProgram(default)).ToList();
        Assert.Contains("Record", engine.AnalyzedMethods.Select(m => m.Name));
        Assert.Equal("user.contact.phone_number", Assert.Single(hits).Origin.Category);
        Assert.Equal(commandLine ? 0 : 1, engine.BodiesBoundForQuestions);

        // On the command line both bodies were read from the trees the driver handed over; by default Audit's body was
        // read through a semantic model before the driver reached it, so bound by the engine (and again by csc for emit).
        Assert.Equal(commandLine, engine.BodiesBound == 0);
    }

    [Theory]
    [InlineData("var (count, text) = pair; Console.WriteLine(a.Phone + text + count);", 0, "a.Phone + text + count")]
    [InlineData("var (phone, label) = a; Console.WriteLine(label);", 1, null)]
    public void A_tuple_is_taken_apart_without_binding_the_body_again_and_a_Deconstruct_method_is_still_followed(string body, int bound, string? flow)
    {
        var (engine, type) = Engine($$"""
            using System;
            using PrivacyAnalyzers;
            public class Account
            {
                [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; set; } = "";
                public string Label { get; set; } = "";
                public void Deconstruct(out string phone, out string label) { phone = Phone; label = Label; }
            }
            public class Keys
            {
                public void Record(Account a, (int, string) pair) { {{body}} }
            }
            """, "Keys");
        engine.DecidesAtEnd = true;
        Analyze(engine, (INamedTypeSymbol)type.ContainingNamespace.GetMembers("Account").Single(), "Deconstruct");
        Analyze(engine, type, "Record");
        var hits = engine.DecidePostponed(default).Concat(engine.SettleWholeProgram(default)).ToList();

        // A tuple is taken apart without asking a semantic model which Deconstruct it calls (which binds the body again);
        // an object is still asked about, and following Account.Deconstruct shows that the label is not the phone number.
        Assert.Equal(bound, engine.BodiesBound);
        Assert.Equal(flow, hits.Select(hit => hit.Location.SourceTree!.GetText().ToString(hit.Location.SourceSpan)).SingleOrDefault());
    }

    private static (FlowEngine Engine, INamedTypeSymbol Service) Engine(string code = Code, string type = "Service")
    {
        var compilation = TestCompilations.Create(code);
        var model = PrivacyModelCache.Get(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default);
        return (new FlowEngine(model), compilation.GetTypeByMetadataName(type)!);
    }

    /// <summary>Hands the methods over as the driver would, in this order.</summary>
    private static void Analyze(FlowEngine engine, INamedTypeSymbol type, params string[] names)
    {
        foreach (var name in names)
        {
            var method = (IMethodSymbol)type.GetMembers(name).Single();
            var syntax = method.DeclaringSyntaxReferences.Single().GetSyntax();
            var body = engine.Compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax)!; // as the driver reads it
            engine.AnalyzeIfPersonal(method, body, () => body is IMethodBodyOperation m ? ControlFlowGraph.Create(m) : ControlFlowGraph.Create((IBlockOperation)body), default);
        }
    }
}
