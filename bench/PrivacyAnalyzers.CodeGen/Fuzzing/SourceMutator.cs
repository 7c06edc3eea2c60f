using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.CodeGen.Fuzzing;

/// <summary>One mutated text and what was done to it (to reproduce a failure by hand).</summary>
public sealed record Mutant(string Text, string Description);

/// <summary>
/// Turns valid text into the half-typed text an editor sees: truncated mid-statement, token ranges
/// deleted, lines duplicated or swapped, braces dropped, a line cut short. Seeded, so a failing
/// mutant is reproduced by its number.
/// </summary>
public sealed class SourceMutator
{
    private readonly Random _random;
    private readonly (string Name, Func<string, string> Apply)[] _operations;

    public SourceMutator(int seed)
    {
        _random = new Random(seed);
        _operations = new (string, Func<string, string>)[]
        {
            ("truncate at a token", TruncateAtToken),
            ("delete a token range", DeleteTokenRange),
            ("duplicate a line", DuplicateLine),
            ("swap two lines", SwapLines),
            ("drop a brace", DropBrace),
            ("cut a line short", CutLine),
            ("delete a token range", DeleteTokenRange),
        };
    }

    /// <summary>Applies one to three operations to C# source.</summary>
    public Mutant Mutate(string text)
    {
        var steps = new List<string>();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var (name, apply) = _operations[_random.Next(_operations.Length)];
            text = apply(text);
            steps.Add(name);
        }

        return new Mutant(text, string.Join(", ", steps));
    }

    /// <summary>Applies one line-level operation: for rules files and other line-based text.</summary>
    public Mutant MutateLines(string text)
    {
        var choice = _random.Next(4);
        return choice switch
        {
            0 => new Mutant(DuplicateLine(text), "duplicate a line"),
            1 => new Mutant(SwapLines(text), "swap two lines"),
            2 => new Mutant(CutLine(text), "cut a line short"),
            _ => new Mutant(DeleteCharacters(text), "delete characters"),
        };
    }

    private string TruncateAtToken(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var token = tokens[_random.Next(tokens.Count)];
        return text.Substring(0, token.Span.End);
    }

    private string DeleteTokenRange(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var first = _random.Next(tokens.Count);
        var last = Math.Min(tokens.Count - 1, first + _random.Next(8));
        var start = tokens[first].Span.Start;
        return text.Remove(start, tokens[last].Span.End - start);
    }

    private string DuplicateLine(string text)
    {
        var lines = Lines(text);
        var index = _random.Next(lines.Count);
        lines.Insert(index, lines[index]);
        return string.Join("\n", lines);
    }

    private string SwapLines(string text)
    {
        var lines = Lines(text);
        var a = _random.Next(lines.Count);
        var b = _random.Next(2) == 0 ? Math.Min(lines.Count - 1, a + 1) : _random.Next(lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join("\n", lines);
    }

    private string DropBrace(string text)
    {
        var braces = Enumerable.Range(0, text.Length).Where(i => text[i] == '{' || text[i] == '}').ToList();
        return braces.Count == 0 ? text : text.Remove(braces[_random.Next(braces.Count)], 1);
    }

    private string CutLine(string text)
    {
        var lines = Lines(text);
        var index = _random.Next(lines.Count);
        lines[index] = lines[index].Substring(0, _random.Next(lines[index].Length + 1));
        return string.Join("\n", lines);
    }

    private string DeleteCharacters(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = _random.Next(text.Length);
        return text.Remove(start, Math.Min(text.Length - start, 1 + _random.Next(12)));
    }

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n').ToList();

    private static List<SyntaxToken> Tokens(string text) =>
        SyntaxFactory.ParseTokens(text).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
}
