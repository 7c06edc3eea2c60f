using System;

namespace PrivacyAnalyzers.Report.Model
{
    /// <summary>A place in the code: a path relative to the project directory (forward slashes), 1-based line and column.</summary>
    public sealed class CodeLocation : IComparable<CodeLocation>
    {
        public CodeLocation(string file, int line, int column)
        {
            File = file;
            Line = line;
            Column = column;
        }

        public string File { get; }
        public int Line { get; }
        public int Column { get; }

        public int CompareTo(CodeLocation? other)
        {
            if (other == null)
            {
                return 1;
            }

            var byFile = string.CompareOrdinal(File, other.File);
            return byFile != 0 ? byFile : Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
        }

        public override string ToString() => File + ":" + Line;
    }
}
