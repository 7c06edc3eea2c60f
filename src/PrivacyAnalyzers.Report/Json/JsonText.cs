using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.Report.Json
{
    /// <summary>
    /// Writes a tree of plain values as indented JSON: an object is a list of <c>(name, value)</c> pairs,
    /// so members keep the order they are written in, and the output is stable from build to build.
    /// </summary>
    public static class JsonText
    {
        public static string Write(object? value)
        {
            var builder = new StringBuilder();
            Write(builder, value, 0);
            return builder.Append('\n').ToString();
        }

        private static void Write(StringBuilder builder, object? value, int depth)
        {
            switch (value)
            {
                case null: builder.Append("null"); break;
                case string text: WriteString(builder, text); break;
                case bool flag: builder.Append(flag ? "true" : "false"); break;
                case int number: builder.Append(number.ToString(CultureInfo.InvariantCulture)); break;
                case double number: builder.Append(number.ToString("R", CultureInfo.InvariantCulture)); break;
                case IEnumerable<KeyValuePair<string, object?>> members: WriteObject(builder, members, depth); break;
                case IEnumerable items: WriteArray(builder, items, depth); break;
                default: WriteString(builder, value.ToString() ?? ""); break;
            }
        }

        private static void WriteObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> members, int depth)
        {
            var first = true;
            builder.Append('{');
            foreach (var member in members)
            {
                builder.Append(first ? "\n" : ",\n").Append(' ', (depth + 1) * 2);
                WriteString(builder, member.Key);
                builder.Append(": ");
                Write(builder, member.Value, depth + 1);
                first = false;
            }

            if (!first)
            {
                builder.Append('\n').Append(' ', depth * 2);
            }

            builder.Append('}');
        }

        private static void WriteArray(StringBuilder builder, IEnumerable items, int depth)
        {
            var first = true;
            builder.Append('[');
            foreach (var item in items)
            {
                builder.Append(first ? "\n" : ",\n").Append(' ', (depth + 1) * 2);
                Write(builder, item, depth + 1);
                first = false;
            }

            if (!first)
            {
                builder.Append('\n').Append(' ', depth * 2);
            }

            builder.Append(']');
        }

        private static void WriteString(StringBuilder builder, string text)
        {
            builder.Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }
    }

    /// <summary>An ordered JSON object under construction: <c>new JsonObject { { "name", value } }</c>.</summary>
    public sealed class JsonObject : List<KeyValuePair<string, object?>>
    {
        public void Add(string name, object? value) => Add(new KeyValuePair<string, object?>(name, value));
    }
}
