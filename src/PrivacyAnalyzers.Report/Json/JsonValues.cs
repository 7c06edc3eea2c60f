using System.Collections.Generic;

namespace PrivacyAnalyzers.Report.Json
{
    /// <summary>Null-tolerant navigation over what <see cref="JsonReader"/> returns: a missing member is null, never an exception.</summary>
    public static class JsonValues
    {
        public static object? Member(object? node, string name) =>
            node is Dictionary<string, object?> map && map.TryGetValue(name, out var value) ? value : null;

        public static object? Member(object? node, params string[] path)
        {
            foreach (var name in path)
            {
                node = Member(node, name);
            }

            return node;
        }

        public static string? String(object? node, params string[] path) => Member(node, path) as string;

        public static int Int(object? node, params string[] path) => Member(node, path) is double d ? (int)d : 0;

        public static IEnumerable<object?> Items(object? node) => node as List<object?> ?? new List<object?>();

        public static IEnumerable<KeyValuePair<string, object?>> Members(object? node) =>
            node as Dictionary<string, object?> ?? new Dictionary<string, object?>();
    }
}
