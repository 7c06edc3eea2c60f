using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Configuration;
using Xunit;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>Asserts on how one rules-file line parses.</summary>
public static class RulesLineAssert
{
    /// <summary>The line yields no entry and exactly this problem.</summary>
    public static void IsProblem(string line, string message)
    {
        var file = RulesFileParser.Parse(SourceText.From(line));

        Assert.Empty(file.Entries);
        Assert.Equal(message, Assert.Single(file.Problems).Message);
    }
}
