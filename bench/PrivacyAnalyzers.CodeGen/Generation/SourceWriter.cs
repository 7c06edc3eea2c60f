using System.Text;

namespace PrivacyAnalyzers.CodeGen.Generation;

/// <summary>
/// Writes one file line by line and records planted leaks. A template marks the expression that
/// must be reported as <c>«PRIV001:expression»</c> (at most one marker per line); the writer
/// removes the marker and notes where the expression landed.
/// </summary>
internal sealed class SourceWriter
{
    private const char Open = '«';
    private const char Close = '»';

    private readonly StringBuilder _text = new StringBuilder();
    private readonly List<PlantedLeak> _leaks;
    private readonly bool _recordLeaks;
    private int _line;

    public SourceWriter(string path, List<PlantedLeak> leaks, bool recordLeaks)
    {
        Path = path;
        _leaks = leaks;
        _recordLeaks = recordLeaks;
    }

    public string Path { get; }

    /// <summary>Writes a block of lines (a template after substitution), handling leak markers.</summary>
    public void Write(string block, string leakKind = "")
    {
        foreach (var raw in block.Replace("\r\n", "\n").Split('\n'))
        {
            WriteLine(raw, leakKind);
        }
    }

    public GeneratedFile ToFile() => new GeneratedFile(Path, _text.ToString(), _line);

    private void WriteLine(string line, string leakKind)
    {
        var open = line.IndexOf(Open);
        if (open >= 0)
        {
            var colon = line.IndexOf(':', open);
            var close = line.LastIndexOf(Close);
            var ruleId = line.Substring(open + 1, colon - open - 1);
            var expression = line.Substring(colon + 1, close - colon - 1);
            line = line.Substring(0, open) + expression + line.Substring(close + 1);
            if (_recordLeaks)
            {
                _leaks.Add(new PlantedLeak(ruleId, Path, _line, open, expression, leakKind));
            }
        }

        _text.Append(line).Append('\n');
        _line++;
    }
}
