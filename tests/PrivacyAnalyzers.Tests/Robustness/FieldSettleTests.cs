using System.Text;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Engine;
using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// The whole-program settle of field contents, reduced from the analyzer's run on MimeKit (real code): 2,541
/// summaries recorded 127,306 field writes holding 388,124 field-to-field copies, and a field of the parser's state
/// reached 17,835 member paths; one round of copying took a minute and the compile was killed at 24 GB. Each test
/// asserts the bounded shape that replaced it, and that nothing personal is lost on the way.
/// </summary>
public class FieldSettleTests
{
    private static readonly Location Here = Location.None;

    [Fact]
    public void A_field_past_its_member_path_limit_folds_and_every_member_read_from_it_gets_its_content()
    {
        var (wide, narrow) = Fields("Wide", "Narrow");
        var contents = new FieldContents();
        for (var i = 0; i <= EngineLimits.PathsPerField; i++)
        {
            contents.Add(wide, "M" + i, Taint.Of(Email("wide" + i)));
        }

        contents.Add(narrow, "M0", Taint.Of(Email("narrow0")));
        contents.Add(narrow, "M1", Taint.Of(Email("narrow1")));

        Assert.Equal([""], contents.PathsOf(wide));
        Assert.True(contents.TryGet(wide, "Unrelated", out var folded));
        Assert.Equal(EngineLimits.PathsPerField + 1, folded.Facts.Count);
        Assert.True(contents.TryGet(narrow, "M1", out var apart));
        Assert.Equal(["narrow1"], apart.Facts.ToArray().Select(f => f.Key.SourceName));
        Assert.False(contents.TryGet(narrow, "M2", out _));
    }

    [Fact]
    public void A_field_past_its_limit_with_few_direct_members_keeps_them_apart_and_merges_only_what_lies_deeper()
    {
        var (state, _) = Fields("State", "Unused");
        var contents = new FieldContents();
        for (var member = 0; member < 4; member++)
        {
            for (var deeper = 0; deeper < 10; deeper++)
            {
                contents.Add(state, $"M{member}.D{deeper}", Taint.Of(Email($"m{member}d{deeper}")));
            }
        }

        Assert.Equal(["M0", "M1", "M2", "M3"], contents.PathsOf(state).Order(StringComparer.Ordinal));
        Assert.True(contents.TryGet(state, "M2.Anything", out var second));
        Assert.Equal(10, second.Facts.Count);
        Assert.All(second.Facts.ToArray(), f => Assert.StartsWith("m2", f.Key.SourceName, StringComparison.Ordinal));
    }

    [Fact]
    public void A_copy_recorded_by_every_caller_runs_as_one_copy_with_the_shortest_path()
    {
        var (from, to) = Fields("From", "To");
        var contents = new FieldContents();
        contents.Add(from, "", Taint.Of(Email("e")));
        var copies = new FieldCopies();
        copies.Add(from, "", to, "Last", Path(5));
        copies.Add(from, "", to, "Last", Path(2));
        copies.Add(from, "", to, "Last", Path(3));

        copies.Settle(contents, EngineLimits.FieldRounds);

        Assert.Equal(1, copies.Count);
        Assert.True(contents.TryGet(to, "Last", out var copied));
        Assert.Equal(2, Taint.Length(Assert.Single(copied.Facts.ToArray()).Value));
    }

    [Fact]
    public void Fields_copied_into_each_other_in_a_cycle_settle_with_member_paths_no_deeper_than_the_engine_keeps()
    {
        var (head, next) = Fields("Head", "Next");
        var contents = new FieldContents();
        contents.Add(head, "Email", Taint.Of(Email("e")));
        var copies = new FieldCopies();
        copies.Add(head, "", next, "Next", null); // next.Next = head
        copies.Add(next, "", head, "Next", null); // head.Next = next: ever longer paths, were they not cut

        copies.Settle(contents, EngineLimits.FieldRounds);

        var paths = contents.PathsOf(head).Concat(contents.PathsOf(next)).ToList();
        Assert.All(paths, p => Assert.True(p.Count(c => c == '.') < EngineLimits.MemberDepth, p));
        Assert.True(contents.TryGet(head, "Next.Next.Next.Next.Email", out var deep)); // deeper reads get the cut level's content
        Assert.Equal("e", Assert.Single(deep.Facts.ToArray()).Key.SourceName);
    }

    [Fact]
    public void Adding_to_a_field_in_place_records_what_was_added_not_the_placeholders_read_back()
    {
        // On MimeKit, writing the whole re-read value back recorded "the cache of whatever object holds this one"
        // as copied into the cache, and a folded holder then poured a parser's messages into a column-name cache.
        var compilation = RealCodeRegressionTests.Compile("""
            using System.Collections.Generic;
            public class Cache
            {
                private readonly Dictionary<string, string> _names = new();
                private readonly List<string> _log = new();
                public void Remember(string key, string name) { _names[key] = name; _log.Add(name); }
            }
            """);
        var model = PrivacyAnalyzers.Configuration.PrivacyModelCache.Get(compilation,
            new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty), default);
        var engine = new FlowEngine(model);
        var remember = (IMethodSymbol)compilation.GetTypeByMetadataName("Cache")!.GetMembers("Remember").Single();

        var summary = engine.GetSummary(remember, new SummaryRequest(default));

        Assert.Equal(["_log", "_names"], summary.FieldWrites.Select(w => w.Field.Name).Distinct().Order(StringComparer.Ordinal));
        Assert.All(summary.FieldWrites, w => Assert.All(w.Taint.Facts.ToArray(), f => Assert.True(f.Key.Kind == OriginKind.Parameter && f.Key.Ordinal >= 0,
            $"{w.Field.Name} '{w.MemberPath}' records {f.Key.Kind} {f.Key.Ordinal} {f.Key.MemberPath}")));
    }

    [Fact]
    public Task A_parser_state_with_many_members_copied_between_fields_still_reports_the_member_that_leaks()
    {
        var members = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            members.Append($" public string M{i} {{ get; set; }} = \"\";");
        }

        var copies = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            copies.Append($" _saved.M{i} = _current.M{i};");
        }

        return VerifyAsync($$"""
            public sealed class State {{{members}} }
            public sealed class Parser
            {
                private State _current = new();
                private State _saved = new();
                public void Read(Account a) { _current.M7 = a.Email; }
                public void Mark() { {{copies}} }
                public void Flush() => Stats.Track("state", {|PRIV002:_saved.M7|});
            }
            """);
    }

    private static (IFieldSymbol, IFieldSymbol) Fields(string first, string second)
    {
        var compilation = RealCodeRegressionTests.Compile($"public class Holder {{ public object {first}; public object {second}; }}");
        var holder = compilation.GetTypeByMetadataName("Holder")!;
        return ((IFieldSymbol)holder.GetMembers(first).Single(), (IFieldSymbol)holder.GetMembers(second).Single());
    }

    private static Origin Email(string name) => Origin.Source("user.contact.email", name, Here);

    private static PathStep Path(int steps)
    {
        PathStep? path = null;
        for (var i = 0; i < steps; i++)
        {
            path = new PathStep(Location.Create("F.cs", new Microsoft.CodeAnalysis.Text.TextSpan(i, 1), default), path);
        }

        return path!;
    }
}
