using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The copies between fields that the program's summaries record (<c>_last = _current</c>), each distinct copy
    /// once. Summaries repeat a copy for every caller that takes over its callee's write, so a library's call graph
    /// holds the same copy thousands of times; following it once, with its shortest path, and again only when its
    /// source has changed keeps the whole-program fixpoint proportional to the distinct copies.
    /// </summary>
    internal sealed class FieldCopies
    {
        private readonly Dictionary<Copy, int> _index = new Dictionary<Copy, int>();
        private readonly List<Copy> _copies = new List<Copy>();

        /// <summary>Distinct copies recorded.</summary>
        public int Count => _copies.Count;

        /// <summary>Records that <paramref name="target"/> at <paramref name="targetPath"/> receives <paramref name="source"/> at <paramref name="sourcePath"/>.</summary>
        public void Add(ISymbol source, string sourcePath, ISymbol target, string targetPath, PathStep? path)
        {
            var copy = new Copy(source, sourcePath, target, targetPath, path);
            if (!_index.TryGetValue(copy, out var at))
            {
                _index[copy] = _copies.Count;
                _copies.Add(copy);
            }
            else if (Taint.Length(path) < Taint.Length(_copies[at].Path))
            {
                _copies[at] = copy;
            }
        }

        /// <summary>Runs the copies until nothing changes, or for at most <paramref name="rounds"/> rounds.</summary>
        public void Settle(FieldContents contents, int rounds)
        {
            var copiedVersion = new int[_copies.Count];
            for (var round = 0; round < rounds; round++)
            {
                var copied = false;
                for (var i = 0; i < _copies.Count; i++)
                {
                    var copy = _copies[i];
                    var version = contents.VersionOf(copy.Source);
                    if (version == copiedVersion[i])
                    {
                        continue; // nothing new in the source since this copy last ran (or nothing at all)
                    }

                    copiedVersion[i] = version;
                    copied = true;
                    contents.Copy(copy.Source, copy.SourcePath, copy.Target, copy.TargetPath, copy.Path);
                }

                if (!copied)
                {
                    return;
                }
            }
        }

        /// <summary>A copy, equal to another between the same fields and member paths whatever its path.</summary>
        private sealed class Copy
        {
            public Copy(ISymbol source, string sourcePath, ISymbol target, string targetPath, PathStep? path)
            {
                Source = source;
                SourcePath = sourcePath;
                Target = target;
                TargetPath = targetPath;
                Path = path;
            }

            public ISymbol Source { get; }
            public string SourcePath { get; }
            public ISymbol Target { get; }
            public string TargetPath { get; }
            public PathStep? Path { get; }

            public override bool Equals(object? obj) =>
                obj is Copy other
                && SymbolEqualityComparer.Default.Equals(Source, other.Source) && SymbolEqualityComparer.Default.Equals(Target, other.Target)
                && string.Equals(SourcePath, other.SourcePath, System.StringComparison.Ordinal)
                && string.Equals(TargetPath, other.TargetPath, System.StringComparison.Ordinal);

            public override int GetHashCode() =>
                (((SymbolEqualityComparer.Default.GetHashCode(Source) * 31) + SymbolEqualityComparer.Default.GetHashCode(Target)) * 31
                    + SourcePath.GetHashCode()) * 31 + TargetPath.GetHashCode();
        }
    }
}
