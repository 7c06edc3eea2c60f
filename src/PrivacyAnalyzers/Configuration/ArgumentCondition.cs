using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// A source line's <c>when type = "email", "..."</c> field: the call returns personal data only when the argument of
    /// that parameter is one of these constants (a claim looked up by claim type). Claim types compare case-insensitively,
    /// as <c>ClaimsIdentity.FindFirst</c> does.
    /// </summary>
    internal sealed class ArgumentCondition
    {
        private const string Prefix = "when ";

        private ArgumentCondition(string parameter, ImmutableArray<string> values)
        {
            Parameter = parameter;
            Values = values;
        }

        public string Parameter { get; }

        public ImmutableArray<string> Values { get; }

        /// <summary>The field as written back, for the catalog page: <c>when type = "email", "name"</c>.</summary>
        public override string ToString() => $"{Prefix}{Parameter} = \"{string.Join("\", \"", Values)}\"";

        /// <summary>Whether <paramref name="arguments"/> give this parameter one of the values, as a constant.</summary>
        public bool Holds(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == Parameter && argument.Value.ConstantValue is { HasValue: true, Value: string value })
                {
                    foreach (var wanted in Values)
                    {
                        if (string.Equals(wanted, value, StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>Reads <c>when parameter = "value"[, "value"...]</c>; false with the reason when it cannot.</summary>
        public static bool TryParse(string field, out ArgumentCondition? condition, out string? problem)
        {
            condition = null;
            problem = $"Cannot read '{field}': expected 'when <parameter> = \"value\"[, \"value\"...]', such as 'when type = \"email\"'";
            var equals = field.IndexOf('=');
            if (!field.StartsWith(Prefix, StringComparison.Ordinal) || equals < 0)
            {
                return false;
            }

            var parameter = field.Substring(Prefix.Length, equals - Prefix.Length).Trim();
            if (parameter.Length == 0 || !(char.IsLetter(parameter[0]) || parameter[0] == '_') || !IsIdentifier(parameter))
            {
                return false;
            }

            var values = new List<string>();
            foreach (var part in field.Substring(equals + 1).Split(','))
            {
                var value = part.Trim();
                if (value.Length < 3 || value[0] != '"' || value[value.Length - 1] != '"' || value.IndexOf('"', 1) != value.Length - 1)
                {
                    return false;
                }

                values.Add(value.Substring(1, value.Length - 2));
            }

            problem = null;
            condition = new ArgumentCondition(parameter, values.ToImmutableArray());
            return true;
        }

        private static bool IsIdentifier(string text)
        {
            foreach (var c in text)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A source that holds only for some constant arguments (<see cref="ArgumentCondition"/>), with its categories.</summary>
    internal sealed class ConditionalSource
    {
        public ConditionalSource(ArgumentCondition condition, ImmutableArray<string> categories)
        {
            Condition = condition;
            Categories = categories;
        }

        public ArgumentCondition Condition { get; }

        public ImmutableArray<string> Categories { get; }
    }
}
