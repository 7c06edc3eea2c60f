using System;
using System.Collections.Immutable;
using System.Linq;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>The <c>sink:</c> lines: method-, host- and attribute-keyed sinks and the parameters they hand over.</summary>
    internal static partial class RulesFileParser
    {
        private sealed partial class LineReader
        {
            // sink: ID ; recipients ; [party] ; [args: parameters] ; [via: inner sink]
            // sink: [T:Attribute] ; recipients ; [party] ; [args: except T:Type, ..., classified | returns]
            public RulesEntry? Sink()
            {
                if (!Arity("sink", "ID ; recipients ; party ; args: parameters ; via: sink", 2, 5))
                {
                    return null;
                }

                if (Optional(4) is { } via)
                {
                    // A library summary's line: the sink inside the referenced method that the arguments reach.
                    var entry = _fields[0].StartsWith("[", StringComparison.Ordinal) || !via.StartsWith(ViaPrefix, StringComparison.Ordinal) || via.Length == ViaPrefix.Length
                        ? Fail($"A sink's fifth field names the sink inside the method, such as 'via: Console.WriteLine', found '{via}'")
                        : SinkFields();
                    return entry?.WithText(via.Substring(ViaPrefix.Length).Trim());
                }

                return SinkFields();
            }

            private const string ViaPrefix = "via:";

            private RulesEntry? SinkFields()
            {
                if (_fields[0].StartsWith("[", StringComparison.Ordinal))
                {
                    return AttributeSink();
                }

                var id = SymbolId(_fields[0]);
                if (_fields[1].StartsWith(HostPrefix, StringComparison.Ordinal))
                {
                    return HostSink(id);
                }

                var recipients = Recipients(_fields[1]);
                var ordinals = Optional(3) is { } args ? (args.StartsWith(ReturnsPrefix, StringComparison.Ordinal) ? ReturnsOf(args) : Parameters(args)) : default;
                return Problem == null ? Create(RulesEntryKind.Sink, id, ImmutableArray<string>.Empty, recipients, Optional(2), null).WithSinkArguments(ordinals) : null;
            }

            private const string HostPrefix = "host:";

            // sink: ID ; host: requestUri ; ; args: requestUri, content  (a sink only where the request's host is known;
            // its host line, or the unknown-host option, gives the recipients and party)
            private RulesEntry? HostSink(string id)
            {
                var parameter = _fields[1].Substring(HostPrefix.Length).Trim();
                if (!IsParameter(parameter) || parameter.All(char.IsDigit))
                {
                    return Fail($"'{_fields[1]}' names no parameter: expected 'host: <parameter>' (the request or its URI), such as 'host: requestUri'");
                }

                if (Optional(2) != null)
                {
                    return Fail($"A sink keyed by its host names no party: the host line gives it, found '{_fields[2]}'");
                }

                if (Optional(3) is not { } args)
                {
                    return Fail("A sink keyed by its host names what it hands over, such as 'args: requestUri, content'");
                }

                var handed = Parameters(args);
                return Problem == null
                    ? Create(RulesEntryKind.Sink, id, ImmutableArray<string>.Empty, RecipientKind.None, null, null).WithSinkArguments(handed.Add(HostPrefix + parameter))
                    : null;
            }

            // Every method carrying the attribute hands over its parameters, less those the 'args: except' field names.
            private RulesEntry? AttributeSink()
            {
                var field = _fields[0];
                var type = field.EndsWith("]", StringComparison.Ordinal) ? field.Substring(1, field.Length - 2).Trim() : "";
                if (!type.StartsWith("T:", StringComparison.Ordinal) || !SymbolIds.IsWellFormed(type) || type.EndsWith("*", StringComparison.Ordinal))
                {
                    return Fail($"'{field}' names no attribute type: expected '[T:Namespace.SomeAttribute]' (every method carrying it is the sink)");
                }

                var recipients = Recipients(_fields[1]);
                var except = ImmutableArray.CreateBuilder<string>();
                if (Optional(3) == Returns)
                {
                    // The method's return value is handed over, not its parameters: a tool the model calls ([KernelFunction]).
                    except.Add(Returns);
                }
                else if (Optional(3) is { } args)
                {
                    const string Prefix = "args: except ";
                    if (!args.StartsWith(Prefix, StringComparison.Ordinal))
                    {
                        return Fail($"An attribute-keyed sink names the parameters it does not hand over, such as 'args: except T:Acme.ILogger, classified', or says 'returns', found '{args}'");
                    }

                    foreach (var part in args.Substring(Prefix.Length).Split(','))
                    {
                        var item = part.Trim();
                        if (item != Classified && !(item.StartsWith("T:", StringComparison.Ordinal) && SymbolIds.IsWellFormed(item) && !item.EndsWith("*", StringComparison.Ordinal)))
                        {
                            return Fail($"'{item}' in '{args}' is neither a type ID (T:Namespace.Type) nor 'classified'");
                        }

                        except.Add(item);
                    }
                }

                return Problem == null
                    ? Create(RulesEntryKind.Sink, "[" + type + "]", ImmutableArray<string>.Empty, recipients, Optional(2), null).WithExceptParameters(except.ToImmutable())
                    : null;
            }

            private const string ReturnsPrefix = "returns:";

            // returns: method (what the delegate passed as that parameter returns is handed over: an AI model's tools)
            private ImmutableArray<string> ReturnsOf(string field)
            {
                var parameter = field.Substring(ReturnsPrefix.Length).Trim();
                if (!IsParameter(parameter) || parameter.All(char.IsDigit))
                {
                    Fail($"'{field}' names no delegate parameter: expected 'returns: <parameter name>', such as 'returns: method'");
                }

                return ImmutableArray.Create(ReturnsPrefix + parameter);
            }

            // args: message, args, 2 (parameter names, which hold across overloads, or 0-based ordinals); 0.Id: one member of it
            private ImmutableArray<string> Parameters(string field)
            {
                const string Prefix = "args:";
                var result = ImmutableArray.CreateBuilder<string>();
                if (field.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    foreach (var part in field.Substring(Prefix.Length).Split(','))
                    {
                        var parameter = part.Trim();
                        var dot = parameter.IndexOf('.');
                        if (dot < 0 ? IsParameter(parameter) : IsParameter(parameter.Substring(0, dot)) && IsParameter(parameter.Substring(dot + 1)) && !parameter.Substring(dot + 1).All(char.IsDigit))
                        {
                            result.Add(parameter);
                        }
                        else
                        {
                            Fail($"'{parameter}' in '{field}' is no parameter name or ordinal: expected 'args: message, args', 'args: 1, 2' (0-based) or 'args: 0.Email' (one member)");
                        }
                    }
                }

                if (result.Count == 0)
                {
                    Fail($"A sink's fourth field names the parameters handed over, such as 'args: message, args', found '{field}'");
                }

                return result.ToImmutable();
            }

            private static bool IsParameter(string text) =>
                text.Length > 0 && (text.All(char.IsDigit) ? text.Length <= 2 : (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => char.IsLetterOrDigit(c) || c == '_'));
        }
    }
}
