using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What every field may hold across the program, per member path: <c>Store.Last</c> itself, <c>Store.Last.Email</c>,
    /// <c>Store.Last.Plan</c> apart. Reading a path gets what was stored there, under its members (a value used whole
    /// carries them), and what its owners carry themselves (a tainted owner taints every member read from it).
    /// Keys are field symbols (exception types for what escapes) and <see cref="ParameterNode"/>s, the parameters whose
    /// content reaches a field.
    /// </summary>
    internal sealed class FieldContents
    {
        private readonly Dictionary<object, Dictionary<string, Taint>> _byField = new Dictionary<object, Dictionary<string, Taint>>(FieldKey.Comparer);

        /// <summary>How often each field's content changed: a copy from a field whose version it has seen has nothing new to copy.</summary>
        private readonly Dictionary<object, int> _versions = new Dictionary<object, int>(FieldKey.Comparer);

        public bool Holds(object field) => _byField.ContainsKey(field);

        /// <summary>Some callback of the program throws personal data into code the engine cannot see (kept under its exception type).</summary>
        public bool HoldsEscapedExceptions => _byField.Keys.Any(key => key is ITypeSymbol);

        /// <summary>The member paths the field keeps apart ("" for the field's own content).</summary>
        public IEnumerable<string> PathsOf(object field) => _byField.TryGetValue(field, out var paths) ? paths.Keys : Enumerable.Empty<string>();

        /// <summary>0 while the field holds nothing; grows with each change.</summary>
        public int VersionOf(object field) => _versions.TryGetValue(field, out var version) ? version : 0;

        /// <summary>
        /// Fields past <see cref="EngineLimits.PathsPerField"/> member paths, with the depth they still keep apart: 1 keeps
        /// their direct members apart (deeper paths merge into them), 0 holds everything at the field's own path.
        /// </summary>
        private readonly Dictionary<object, int> _folded = new Dictionary<object, int>(FieldKey.Comparer);

        /// <summary>Adds to what is stored at the path; false when that changed nothing.</summary>
        public bool Add(object field, string path, Taint taint)
        {
            if (!_byField.TryGetValue(field, out var paths))
            {
                paths = new Dictionary<string, Taint>(System.StringComparer.Ordinal);
                _byField[field] = paths;
            }

            path = PathIn(field, path);
            var before = paths.TryGetValue(path, out var existing) ? existing : Taint.Empty;
            var after = before.Join(taint);
            if (after.SameAs(before))
            {
                return false;
            }

            paths[path] = after;
            _versions[field] = VersionOf(field) + 1;
            if (paths.Count > EngineLimits.PathsPerField)
            {
                Fold(field, paths);
            }

            return true;
        }

        /// <summary>
        /// A field whose objects are copied around with many members (a parser's state, a library's caches) would keep
        /// thousands of member paths, and every copy would walk them all. Past the limit its deeper paths merge into its
        /// direct members (<c>Last.Sender.Address</c> into <c>Last</c>), and when even its direct members are too many,
        /// everything merges into the field's own content. Every read gets what was merged: sound, less precise.
        /// </summary>
        private void Fold(object field, Dictionary<string, Taint> paths)
        {
            var depth = _folded.TryGetValue(field, out var kept) ? kept - 1 : 1;
            var merged = MergedTo(paths, depth);
            if (depth > 0 && merged.Count > EngineLimits.PathsPerField)
            {
                depth = 0;
                merged = MergedTo(paths, depth);
            }

            paths.Clear();
            foreach (var pair in merged)
            {
                paths[pair.Key] = pair.Value;
            }

            _folded[field] = depth;
        }

        private static Dictionary<string, Taint> MergedTo(Dictionary<string, Taint> paths, int depth)
        {
            var merged = new Dictionary<string, Taint>(System.StringComparer.Ordinal);
            foreach (var stored in paths)
            {
                var owner = Owner(stored.Key, depth);
                merged[owner] = merged.TryGetValue(owner, out var known) ? known.Join(stored.Value) : stored.Value;
            }

            return merged;
        }

        /// <summary>The first <paramref name="depth"/> members of a path ("" for depth 0).</summary>
        private static string Owner(string path, int depth)
        {
            if (depth == 0)
            {
                return "";
            }

            var dots = 0;
            for (var i = 0; i < path.Length; i++)
            {
                if (path[i] == '.' && ++dots == depth)
                {
                    return path.Substring(0, i);
                }
            }

            return path;
        }

        private string PathIn(object field, string path) => _folded.TryGetValue(field, out var depth) ? Owner(path, depth) : path;

        /// <summary>
        /// Copies what <paramref name="source"/> holds at <paramref name="sourcePath"/> into <paramref name="target"/> at
        /// <paramref name="targetPath"/>, keeping its members apart (a field assigned from another field); the path of
        /// the copy is appended to each fact's path. False when nothing changed.
        /// </summary>
        public bool Copy(object source, string sourcePath, object target, string targetPath, PathStep? path)
        {
            if (!_byField.TryGetValue(source, out var paths)
                || (FieldKey.Comparer.Equals(source, target) && sourcePath == targetPath))
            {
                return false; // a field read and written back holds nothing new
            }

            // Paths stop at the member depth the engine keeps: fields copied into each other in a cycle would otherwise
            // make ever longer paths, round after round (what lies deeper is kept at the last level, as a whole).
            var changed = false;
            foreach (var stored in paths.ToList())
            {
                string? destination = IsOwnerOrSelf(sourcePath, stored.Key) ? Owner(Join(targetPath, stored.Key.Substring(sourcePath.Length).TrimStart('.')), EngineLimits.MemberDepth)
                    : IsOwnerOrSelf(stored.Key, sourcePath) ? targetPath // an owner's own taint covers the copied part as a whole
                    : null;
                if (destination != null)
                {
                    var copied = new List<KeyValuePair<Origin, PathStep?>>();
                    var present = Content(target, destination);
                    foreach (var fact in stored.Value.Facts)
                    {
                        // An origin the destination holds with a path no longer than the copy's gains nothing (and a
                        // settled fixpoint reruns many copies): the path is built only for what may be new.
                        if (present.Facts.TryGetValue(fact.Key, out var known) && Taint.Length(known) <= Taint.Length(fact.Value) + Taint.Length(path))
                        {
                            continue;
                        }

                        copied.Add(new KeyValuePair<Origin, PathStep?>(fact.Key, PathStep.Concat(fact.Value, path)));
                    }

                    changed |= copied.Count > 0 && Add(target, destination, Taint.FromFacts(copied));
                }
            }

            return changed;
        }

        private Taint Content(object field, string path) =>
            _byField.TryGetValue(field, out var paths) && paths.TryGetValue(PathIn(field, path), out var taint) ? taint : Taint.Empty;

        private static string Join(string owner, string member) => owner.Length == 0 ? member : member.Length == 0 ? owner : owner + "." + member;

        /// <summary>What a read of <paramref name="path"/> of the field gets (empty path: the field's whole value).</summary>
        public bool TryGet(object field, string path, out Taint content)
        {
            content = Taint.Empty;
            if (!_byField.TryGetValue(field, out var paths))
            {
                return false;
            }

            foreach (var stored in paths)
            {
                if (IsOwnerOrSelf(stored.Key, path) || IsOwnerOrSelf(path, stored.Key))
                {
                    content = content.Join(stored.Value);
                }
            }

            return !content.IsEmpty;
        }

        private static bool IsOwnerOrSelf(string owner, string path) =>
            owner.Length == 0 || owner == path || (path.Length > owner.Length && path[owner.Length] == '.' && path.StartsWith(owner, System.StringComparison.Ordinal));
    }
}
