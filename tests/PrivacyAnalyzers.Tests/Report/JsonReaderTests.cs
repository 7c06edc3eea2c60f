using PrivacyAnalyzers.Report.Json;
using Xunit;

namespace PrivacyAnalyzers.Tests.Report;

public class JsonReaderTests
{
    [Fact]
    public void Reads_objects_arrays_strings_numbers_and_literals()
    {
        var value = JsonReader.Parse("{ \"a\": [1, -2.5e1, true, false, null], \"b\": \"x\\\"\\u00e9\\n\", \"c\": {} }");

        Assert.Equal(new object?[] { 1.0, -25.0, true, false, null }, JsonValues.Items(JsonValues.Member(value, "a")));
        Assert.Equal("x\"é\n", JsonValues.String(value, "b"));
        Assert.Empty(JsonValues.Members(JsonValues.Member(value, "c")));
        Assert.Null(JsonValues.Member(value, "missing", "deeper"));
    }

    [Theory]
    [InlineData("{\"a\": }")]
    [InlineData("[1, 2")]
    [InlineData("\"open")]
    [InlineData("{} extra")]
    [InlineData("nul")]
    public void Rejects_broken_json_with_a_format_error(string text)
    {
        Assert.Throws<FormatException>(() => JsonReader.Parse(text));
    }

    [Fact]
    public void Round_trips_what_the_writer_writes()
    {
        var text = JsonText.Write(new JsonObject { { "s", "a\"b\\c\u0002" }, { "n", 3 }, { "l", new[] { "x", "y" } }, { "z", null }, { "e", new JsonObject() } });

        var value = JsonReader.Parse(text);

        Assert.Equal("a\"b\\c\u0002", JsonValues.String(value, "s"));
        Assert.Equal(3, JsonValues.Int(value, "n"));
        Assert.Equal(new object?[] { "x", "y" }, JsonValues.Items(JsonValues.Member(value, "l")));
        Assert.Equal("{\n  \"s\": \"a\\\"b\\\\c\\u0002\",\n  \"n\": 3,\n  \"l\": [\n    \"x\",\n    \"y\"\n  ],\n  \"z\": null,\n  \"e\": {}\n}\n", text);
    }
}
