using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Engine;
using Xunit;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>
/// A taint built from a list of facts keeps each origin once, with its shortest path (the first met on a tie), in the
/// order the origins were first met: results must not depend on how the list was deduplicated (a linear search for a
/// few facts, a hash table for many).
/// </summary>
public class TaintFactTests
{
    [Fact]
    public void A_repeated_origin_keeps_its_shorter_path_and_the_first_on_a_tie()
    {
        var facts = new List<KeyValuePair<Origin, PathStep?>>
        {
            Fact(0, 3), // #0: long
            Fact(1, 1), // #1: a tie, met first
            Fact(0, 1), // #2: the shortest
            Fact(1, 1), // #3: a tie, met second
            Fact(0, 2), // #4
        };

        Assert.Equal(new[] { "p0 #2", "p1 #1" }, Describe(Taint.FromFacts(facts), facts));
    }

    [Theory]
    [InlineData(5, 3)]
    [InlineData(9, 9)] // just past the linear search
    [InlineData(200, 60)]
    [InlineData(1_000, 63)] // many repeats of each origin, and no widening (64 facts at most)
    public void Many_facts_give_what_a_plain_grouping_gives(int count, int origins)
    {
        var random = new Random(17);
        var facts = Enumerable.Range(0, count).Select(_ => Fact(random.Next(origins), random.Next(1, 6))).ToList();

        var expected = facts
            .Select((fact, index) => (fact, index))
            .GroupBy(pair => pair.fact.Key)
            .OrderBy(group => group.Min(pair => pair.index))
            .Select(group => group.OrderBy(pair => Taint.Length(pair.fact.Value)).ThenBy(pair => pair.index).First())
            .Select(pair => $"p{pair.fact.Key.Ordinal} #{pair.index}")
            .ToArray();

        var taint = Taint.FromFacts(facts);
        Assert.Equal(expected, Describe(taint, facts));
        Assert.Equal(facts.Select(f => f.Key.Ordinal).Distinct().Count(), taint.Facts.Count);
    }

    /// <summary>A fact for parameter <paramref name="parameter"/> with a path of its own (a new object) of <paramref name="length"/> steps.</summary>
    private static KeyValuePair<Origin, PathStep?> Fact(int parameter, int length)
    {
        PathStep? path = null;
        for (var i = 0; i < length; i++)
        {
            path = PathStep.Append(path, Location.Create("a.cs", new TextSpan(i, 1), new LinePositionSpan(new LinePosition(i, 0), new LinePosition(i, 1))));
        }

        return new KeyValuePair<Origin, PathStep?>(Origin.Parameter(parameter), path);
    }

    /// <summary>Each kept fact as its parameter and the position in <paramref name="facts"/> of the path it kept.</summary>
    private static string[] Describe(Taint taint, List<KeyValuePair<Origin, PathStep?>> facts) =>
        taint.Facts.ToArray().Select(kept => $"p{kept.Key.Ordinal} #{facts.FindIndex(f => ReferenceEquals(f.Value, kept.Value))}").ToArray();
}
