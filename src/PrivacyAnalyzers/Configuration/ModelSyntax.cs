using System;
using System.Collections.Immutable;
using System.Globalization;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// Reads the transfers of a <c>model:</c> line, one a field:
    /// <c>clean</c>; <c>this, arg0[] -> return[]</c> (a flow); <c>call arg1(arg0[]) -> return[]</c> (invokes the
    /// delegate in argument 1 with the elements of argument 0; its result goes to the returned elements;
    /// <c>call args(...)</c> calls every delegate argument, wherever an overload puts it).
    /// Places: <c>this</c>, <c>argN</c> (0-based; an extension method's <c>this</c> is <c>arg0</c>), <c>args</c>
    /// (every argument), <c>return</c>, each with <c>[]</c> for the elements of a collection or <c>.Member</c> for one member
    /// of the object (<c>arg0 -> this.Email</c>: a constructor keeps its arguments apart).
    /// </summary>
    internal static class ModelSyntax
    {
        public const string Shape = "'clean', '<places> -> <place>' or 'call argN(<places>) [-> <place>]' with places this, argN, args, return (suffix [] for elements, .Member for one member)";

        /// <summary>The transfer of one field, or null with <paramref name="problem"/> set; <c>clean</c> gives no transfer.</summary>
        public static bool TryParse(string field, out ModelTransfer? transfer, out string? problem)
        {
            transfer = null;
            problem = null;
            if (field == "clean")
            {
                return true;
            }

            var arrow = field.IndexOf("->", StringComparison.Ordinal);
            var left = (arrow >= 0 ? field.Substring(0, arrow) : field).Trim();
            ModelPlace? to = null;
            if (arrow >= 0)
            {
                if (!TryPlace(field.Substring(arrow + 2).Trim(), out var target) || target.Ordinal == ModelPlace.AllArguments)
                {
                    problem = $"'{field}' does not name one place after '->': expected this, argN or return, with [] for elements";
                    return false;
                }

                to = target;
            }

            if (left.StartsWith("call ", StringComparison.Ordinal))
            {
                return TryCall(field, left.Substring(5).Trim(), to, out transfer, out problem);
            }

            if (to == null || !TryPlaces(left, out var from) || from.IsEmpty)
            {
                problem = $"Cannot read the model '{field}': expected {Shape}";
                return false;
            }

            transfer = new ModelTransfer(from, to, null);
            return true;
        }

        // call argN(places)
        private static bool TryCall(string field, string call, ModelPlace? to, out ModelTransfer? transfer, out string? problem)
        {
            transfer = null;
            problem = null;
            var open = call.IndexOf('(');
            if (open < 0 || !call.EndsWith(")", StringComparison.Ordinal)
                || !TryPlace(call.Substring(0, open).Trim(), out var target) || target.Ordinal is ModelPlace.Receiver or ModelPlace.Return || target.Elements
                || !TryPlaces(call.Substring(open + 1, call.Length - open - 2), out var inputs))
            {
                problem = $"Cannot read the delegate call '{field}': expected 'call argN(<places>) [-> <place>]', such as 'call arg1(arg0[]) -> return[]'";
                return false;
            }

            transfer = new ModelTransfer(inputs, to, target.Ordinal);
            return true;
        }

        private static bool TryPlaces(string list, out ImmutableArray<ModelPlace> places)
        {
            var builder = ImmutableArray.CreateBuilder<ModelPlace>();
            foreach (var part in list.Split(','))
            {
                var text = part.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (!TryPlace(text, out var place) || place.IsReturn)
                {
                    places = default;
                    return false;
                }

                builder.Add(place);
            }

            places = builder.ToImmutable();
            return true;
        }

        private static bool TryPlace(string text, out ModelPlace place)
        {
            // this.Email, return.Name: one member of the object at that place (a C# identifier, as summaries write it).
            string? member = null;
            var dot = text.IndexOf('.');
            if (dot > 0)
            {
                member = text.Substring(dot + 1);
                text = text.Substring(0, dot);
                if (!IsMemberName(member) || text.EndsWith("[]", StringComparison.Ordinal) || text == "args")
                {
                    place = default;
                    return false;
                }
            }

            var elements = text.EndsWith("[]", StringComparison.Ordinal);
            var name = elements ? text.Substring(0, text.Length - 2) : text;
            int ordinal;
            switch (name)
            {
                case "this":
                    ordinal = ModelPlace.Receiver;
                    break;
                case "return":
                    ordinal = ModelPlace.Return;
                    break;
                case "args":
                    ordinal = ModelPlace.AllArguments;
                    break;
                default:
                    if (!name.StartsWith("arg", StringComparison.Ordinal) || !int.TryParse(name.Substring(3), NumberStyles.None, CultureInfo.InvariantCulture, out ordinal) || ordinal < 0 || ordinal > 64)
                    {
                        place = default;
                        return false;
                    }

                    break;
            }

            place = new ModelPlace(ordinal, elements, member);
            return true;
        }

        /// <summary>A member name a place may carry (<c>this.Email</c>): what a library summary may write after the dot.</summary>
        internal static bool IsMemberName(string text) =>
            text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && IsIdentifier(text);

        private static bool IsIdentifier(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
