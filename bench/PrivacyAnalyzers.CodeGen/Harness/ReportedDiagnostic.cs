using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>
/// A diagnostic as a user sees it, whether it came from an in-process run (a <see cref="Diagnostic"/>) or from
/// the text the command-line compiler prints. Lines and columns are zero-based, as Roslyn's line spans count.
/// </summary>
public sealed record ReportedDiagnostic(string Id, string Path, int Line, int Column, int EndLine, int EndColumn, string Text)
{
    // csc with /errorendlocation: path(line,col,endline,endcol): error PRIV001: message
    private static readonly Regex CompilerLine = new Regex(
        @"^(?<path>.+)\((?<line>\d+),(?<col>\d+),(?<endline>\d+),(?<endcol>\d+)\): (?:error|warning|info) (?<id>[A-Z]+[0-9]+): ",
        RegexOptions.CultureInvariant);

    public static ReportedDiagnostic From(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new ReportedDiagnostic(diagnostic.Id, span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character,
            span.EndLinePosition.Line, span.EndLinePosition.Character, DiagnosticText.Describe(diagnostic));
    }

    /// <summary>Reads one line of csc output; paths are made relative to <paramref name="root"/>, with '/' separators.</summary>
    public static ReportedDiagnostic? TryParse(string line, string root)
    {
        var match = CompilerLine.Match(line);
        if (!match.Success)
        {
            return null;
        }

        var path = match.Groups["path"].Value;
        if (System.IO.Path.IsPathRooted(path))
        {
            path = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
        }

        return new ReportedDiagnostic(match.Groups["id"].Value, path, Number(match, "line") - 1, Number(match, "col") - 1,
            Number(match, "endline") - 1, Number(match, "endcol") - 1, line.Trim());
    }

    /// <summary>Id and exact span: what two runs must agree on, whatever their message text.</summary>
    public string PositionKey => $"{Id}|{Path}|{Line}|{Column}|{EndLine}|{EndColumn}";

    public override string ToString() => Text;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
