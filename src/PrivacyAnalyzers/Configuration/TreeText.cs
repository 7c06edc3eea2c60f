using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Cheap text pre-filters over source files. They run on every new compilation (in an editor, on every
    /// keystroke), so the text is read in chunks instead of being turned into one string per file.
    /// </summary>
    internal static class TreeText
    {
        private const int ChunkLength = 8192;

        /// <summary>True when the text of <paramref name="tree"/> contains any of <paramref name="words"/> (ordinal).</summary>
        public static bool MentionsAny(SyntaxTree tree, ImmutableArray<string> words, CancellationToken cancellationToken)
        {
            var longest = 0;
            foreach (var word in words)
            {
                longest = Math.Max(longest, word.Length);
            }

            var text = tree.GetText(cancellationToken);
            // A rented buffer: these filters run for every tree, several times per compilation, and a fresh 8 KB array
            // each time was the largest single allocation of the package on a 4,000-file codebase.
            var buffer = ArrayPool<char>.Shared.Rent(ChunkLength + longest);
            try
            {
                return Mentions(text, words, buffer, longest);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        private static bool Mentions(SourceText text, ImmutableArray<string> words, char[] buffer, int longest)
        {
            // Consecutive chunks overlap by one word's length less one, so a word cut by a chunk boundary is still seen.
            for (var start = 0; start < text.Length; start += ChunkLength)
            {
                var length = Math.Min(ChunkLength + longest, text.Length - start);
                text.CopyTo(start, buffer, 0, length);
                var chunk = new ReadOnlySpan<char>(buffer, 0, length);
                foreach (var word in words)
                {
                    if (chunk.IndexOf(word.AsSpan()) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
