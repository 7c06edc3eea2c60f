using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Configuration;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

/// <summary>The text pre-filter reads files in 8,192-character chunks: a word on a chunk boundary must still be found.</summary>
public class TreeTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(8_180)]
    [InlineData(8_186)]
    [InlineData(8_192)]
    [InlineData(20_000)]
    public void Finds_a_word_wherever_it_stands(int at)
    {
        var text = new string(' ', at) + "// PersonalData" + new string(' ', 100);
        var tree = CSharpSyntaxTree.ParseText(text);

        Assert.True(TreeText.MentionsAny(tree, ImmutableArray.Create("Nothing", "PersonalData"), default));
        Assert.False(TreeText.MentionsAny(tree, ImmutableArray.Create("PrivacyPromise"), default));
    }
}
