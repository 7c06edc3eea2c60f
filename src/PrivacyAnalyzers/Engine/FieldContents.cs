using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What every field may hold across the program, per member path: <c>Store.Last</c> itself, <c>Store.Last.Email</c>,
    /// <c>Store.Last.Plan</c> apart. Reading a path gets what was stored there, under its members (a value used whole
    /// carries them), and what its owners carry themselves (a tainted owner taints every member read from it).
    /// </summary>
    internal sealed class FieldContents
    {
        private readonly Dictionary<ISymbol, Dictionary<string, Taint>> _byField = new Dictionary<ISymbol, Dictionary<string, Taint>>(SymbolEqualityComparer.Default);

        public bool Holds(ISymbol field) => _byField.ContainsKey(field);

        /// <summary>Adds to what is stored at the path; false when that changed nothing.</summary>
        public bool Add(ISymbol field, string path, Taint taint)
        {
            if (!_byField.TryGetValue(field, out var paths))
            {
                paths = new Dictionary<string, Taint>(System.StringComparer.Ordinal);
                _byField[field] = paths;
            }

            var before = paths.TryGetValue(path, out var existing) ? existing : Taint.Empty;
            var after = before.Join(taint);
            if (after.SameAs(before))
            {
                return false;
            }

            paths[path] = after;
            return true;
        }

        /// <summary>
        /// Copies what <paramref name="source"/> holds at <paramref name="sourcePath"/> into <paramref name="target"/> at
        /// <paramref name="targetPath"/>, keeping its members apart (a field assigned from another field); the path of
        /// the copy is appended to each fact's path. False when nothing changed.
        /// </summary>
        public bool Copy(ISymbol source, string sourcePath, ISymbol target, string targetPath, PathStep? path)
        {
            if (!_byField.TryGetValue(source, out var paths)
                || (SymbolEqualityComparer.Default.Equals(source, target) && sourcePath == targetPath))
            {
                return false; // a field read and written back holds nothing new
            }

            var changed = false;
            foreach (var stored in paths.ToList())
            {
                string? destination = IsOwnerOrSelf(sourcePath, stored.Key) ? Join(targetPath, stored.Key.Substring(sourcePath.Length).TrimStart('.'))
                    : IsOwnerOrSelf(stored.Key, sourcePath) ? targetPath // an owner's own taint covers the copied part as a whole
                    : null;
                if (destination != null)
                {
                    var copied = Taint.Empty;
                    foreach (var fact in stored.Value.Facts)
                    {
                        copied = copied.Add(fact.Key, PathStep.Concat(fact.Value, path));
                    }

                    changed |= Add(target, destination, copied);
                }
            }

            return changed;
        }

        private static string Join(string owner, string member) => owner.Length == 0 ? member : member.Length == 0 ? owner : owner + "." + member;

        /// <summary>What a read of <paramref name="path"/> of the field gets (empty path: the field's whole value).</summary>
        public bool TryGet(ISymbol field, string path, out Taint content)
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
