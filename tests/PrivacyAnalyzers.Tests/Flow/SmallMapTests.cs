using System.Collections.Generic;
using PrivacyAnalyzers.Engine;
using Xunit;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>
/// The map behind taints and objects' members keeps insertion order, replaces in place, and never changes once made:
/// every operation returns a new map and leaves the one it started from as it was.
/// </summary>
public class SmallMapTests
{
    [Fact]
    public void Setting_appends_new_keys_in_order_and_replaces_known_ones_in_place()
    {
        var empty = SmallMap<string, int>.Empty;
        var three = empty.SetItem("a", 1).SetItem("b", 2).SetItem("c", 3);
        var replaced = three.SetItem("b", 20);

        Assert.Equal(new[] { ("a", 1), ("b", 2), ("c", 3) }, Entries(three));
        Assert.Equal(new[] { ("a", 1), ("b", 20), ("c", 3) }, Entries(replaced));
        Assert.Empty(Entries(empty));
        Assert.True(replaced.TryGetValue("b", out var value) && value == 20);
        Assert.False(replaced.ContainsKey("d"));
    }

    [Fact]
    public void Merging_is_setting_each_entry_that_wins_one_after_another()
    {
        var map = SmallMap<string, int>.Empty.SetItem("a", 1).SetItem("b", 5).SetItem("c", 3);
        var other = SmallMap<string, int>.Empty.SetItem("d", 7).SetItem("c", 4).SetItem("b", 2).SetItem("e", 0);
        System.Func<int, int, bool> smaller = (mine, theirs) => theirs < mine;

        var merged = map.Merge(other, smaller);

        // b is replaced in place (2 < 5), c is kept (4 > 3), d and e are appended in the other map's order.
        Assert.Equal(new[] { ("a", 1), ("b", 2), ("c", 3), ("d", 7), ("e", 0) }, Entries(merged));
        Assert.Equal(new[] { ("a", 1), ("b", 5), ("c", 3) }, Entries(map));
        Assert.Equal(new[] { ("a", 1), ("b", 5), ("c", 3) }, Entries(map.Merge(SmallMap<string, int>.Empty.SetItem("c", 9), smaller)));
        Assert.Equal(Entries(other), Entries(SmallMap<string, int>.Empty.Merge(other, smaller)));
    }

    [Theory]
    [InlineData("a", new[] { "b", "c", "d" })]
    [InlineData("b", new[] { "a", "c", "d" })]
    [InlineData("c", new[] { "a", "b", "d" })]
    [InlineData("d", new[] { "a", "b", "c" })]
    [InlineData("x", new[] { "a", "b", "c", "d" })]
    public void Removing_keeps_the_order_of_the_rest(string key, string[] rest)
    {
        var map = SmallMap<string, int>.Empty.SetItem("a", 1).SetItem("b", 2).SetItem("c", 3).SetItem("d", 4);

        var removed = map.Remove(key);

        Assert.Equal(rest, Keys(removed));
        Assert.Equal(new[] { "a", "b", "c", "d" }, Keys(map));
        Assert.True(SmallMap<string, int>.Empty.SetItem("a", 1).Remove("a").IsEmpty);
    }

    [Fact]
    public void Mapping_values_and_copying_out_leave_the_map_as_it_was()
    {
        var map = SmallMap<string, int>.Empty.SetItem("a", 1).SetItem("b", 2);

        var doubled = map.Select(v => v * 2);
        var shifted = map.Select(10, static (v, by) => v + by);
        var copy = map.ToArray();
        copy[0] = new KeyValuePair<string, int>("z", 99);
        var fromPart = SmallMap<string, int>.FromDistinct(new[] { new KeyValuePair<string, int>("p", 7), new KeyValuePair<string, int>("q", 8) }, 1);

        Assert.Equal(new[] { ("a", 2), ("b", 4) }, Entries(doubled));
        Assert.Equal(new[] { ("a", 11), ("b", 12) }, Entries(shifted));
        Assert.Empty(Entries(SmallMap<string, int>.Empty.Select(10, static (v, by) => v + by)));
        Assert.Equal(new[] { ("a", 1), ("b", 2) }, Entries(map));
        Assert.Equal(new[] { ("p", 7) }, Entries(fromPart));
    }

    private static List<(string, int)> Entries(SmallMap<string, int> map)
    {
        var entries = new List<(string, int)>();
        foreach (var entry in map)
        {
            entries.Add((entry.Key, entry.Value));
        }

        return entries;
    }

    private static List<string> Keys(SmallMap<string, int> map) => Entries(map).ConvertAll(e => e.Item1);
}
