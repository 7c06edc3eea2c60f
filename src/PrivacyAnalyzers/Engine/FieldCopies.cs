using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The copies between fields that the program's summaries record (<c>_last = _current</c>), and those between
    /// parameter nodes and fields that <see cref="FieldFlowGraph"/> adds, each distinct copy once, with its shortest
    /// path. They run as a worklist: a copy runs again only when its source has changed, so the whole-program fixpoint
    /// stays proportional to the distinct copies.
    /// </summary>
    internal sealed class FieldCopies
    {
        private readonly Dictionary<Copy, int> _index = new Dictionary<Copy, int>();
        private readonly List<Copy> _copies = new List<Copy>();

        /// <summary>Distinct copies recorded.</summary>
        public int Count => _copies.Count;

        /// <summary>Records that <paramref name="target"/> at <paramref name="targetPath"/> receives <paramref name="source"/> at <paramref name="sourcePath"/>.</summary>
        public void Add(object source, string sourcePath, object target, string targetPath, PathStep? path)
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

        /// <summary>
        /// Runs the copies until nothing changes: a copy runs again only when its source changed since it last ran. Chains
        /// of calls make long chains of copies, which run in one sweep; cycles between fields stop after the work of
        /// <paramref name="rounds"/> runs of every copy.
        /// </summary>
        public void Settle(FieldContents contents, int rounds)
        {
            var bySource = new Dictionary<object, List<int>>(FieldKey.Comparer);
            for (var i = 0; i < _copies.Count; i++)
            {
                bySource.AddTo(_copies[i].Source, i);
            }

            var copiedVersion = new int[_copies.Count];
            var queued = new bool[_copies.Count];
            var queue = new Queue<int>();
            for (var i = 0; i < _copies.Count; i++)
            {
                queue.Enqueue(i);
                queued[i] = true;
            }

            var work = (long)rounds * _copies.Count;
            while (queue.Count > 0 && work-- > 0)
            {
                var i = queue.Dequeue();
                queued[i] = false;
                var copy = _copies[i];
                var version = contents.VersionOf(copy.Source);
                if (version == copiedVersion[i])
                {
                    continue; // nothing new in the source since this copy last ran (or nothing at all)
                }

                copiedVersion[i] = version;
                if (contents.Copy(copy.Source, copy.SourcePath, copy.Target, copy.TargetPath, copy.Path) && bySource.TryGetValue(copy.Target, out var next))
                {
                    foreach (var j in next)
                    {
                        if (!queued[j])
                        {
                            queued[j] = true;
                            queue.Enqueue(j);
                        }
                    }
                }
            }
        }

        /// <summary>A copy, equal to another between the same fields and member paths whatever its path.</summary>
        private sealed class Copy
        {
            public Copy(object source, string sourcePath, object target, string targetPath, PathStep? path)
            {
                Source = source;
                SourcePath = sourcePath;
                Target = target;
                TargetPath = targetPath;
                Path = path;
            }

            public object Source { get; }
            public string SourcePath { get; }
            public object Target { get; }
            public string TargetPath { get; }
            public PathStep? Path { get; }

            public override bool Equals(object? obj) =>
                obj is Copy other
                && FieldKey.Comparer.Equals(Source, other.Source) && FieldKey.Comparer.Equals(Target, other.Target)
                && string.Equals(SourcePath, other.SourcePath, System.StringComparison.Ordinal)
                && string.Equals(TargetPath, other.TargetPath, System.StringComparison.Ordinal);

            public override int GetHashCode() =>
                (((FieldKey.Comparer.GetHashCode(Source) * 31) + FieldKey.Comparer.GetHashCode(Target)) * 31
                    + SourcePath.GetHashCode()) * 31 + TargetPath.GetHashCode();
        }
    }
}
