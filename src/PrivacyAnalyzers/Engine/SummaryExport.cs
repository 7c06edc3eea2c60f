using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Writes what the engine's summaries say about the members a referencing project can call, in the rules-file
    /// vocabulary (docs/configuration.md, "Libraries and packages"): <c>model:</c> lines for what reaches return values,
    /// receivers and <c>out</c> arguments (member by member), <c>sink:</c> lines for parameters handed to a sink inside,
    /// <c>source:</c> lines for personal data returned. Only what differs from the default rule for unseen code is
    /// written, so a method that returns all it is given gets no line.
    /// </summary>
    internal static partial class SummaryExport
    {
        public static IEnumerable<SummaryLine> Lines(FlowEngine engine, bool internalsVisible, CancellationToken cancellationToken)
        {
            foreach (var type in Types(engine.Compilation.Assembly.GlobalNamespace).Where(t => IsVisible(t, internalsVisible)).OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal))
            {
                foreach (var member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared && IsVisible(m, internalsVisible)))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var lines = member switch
                    {
                        IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor } method => MethodLines(engine, method, cancellationToken),
                        IPropertySymbol { IsIndexer: false } property => PropertyLines(engine, property, cancellationToken),
                        _ => Enumerable.Empty<string>(),
                    };
                    foreach (var line in lines)
                    {
                        yield return new SummaryLine(member, line);
                    }
                }
            }
        }

        /// <summary>A method or accessor whose summary goes into the file: the driver's graph is used for it as it comes by.</summary>
        public static bool IsExported(IMethodSymbol method, bool internalsVisible) =>
            method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.PropertyGet or MethodKind.PropertySet
            && !(method.IsStatic && method.MethodKind == MethodKind.Constructor)
            && IsVisible(method, internalsVisible);

        /// <summary>Whether other assemblies may see its internal members (<c>InternalsVisibleTo</c>): asked once per compilation.</summary>
        public static bool InternalsVisible(Compilation compilation) =>
            compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "InternalsVisibleToAttribute");

        /// <summary>A library: other projects reference its API. Nobody references an executable's, so it has no summary and no PRIV020.</summary>
        public static bool IsLibrary(Compilation compilation) =>
            compilation.Options.OutputKind is not (OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication);

        private static IEnumerable<string> MethodLines(FlowEngine engine, IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.IsStatic && method.MethodKind == MethodKind.Constructor || !engine.HasBody(method))
            {
                yield break;
            }

            var id = Id(method);
            var summary = engine.GetSummary(method, new SummaryRequest(cancellationToken));
            var transfers = new SortedSet<string>(System.StringComparer.Ordinal);
            var sources = new SortedSet<string>(System.StringComparer.Ordinal);
            var returns = method.MethodKind == MethodKind.Ordinary && !method.ReturnsVoid;
            if (returns)
            {
                ReturnTransfers(method, summary.ReturnValue, transfers, sources);
            }

            ExitTransfers(method, summary, transfers);
            if (method.MethodKind == MethodKind.Constructor)
            {
                InitializerTransfers(method, transfers);
            }

            if (sources.Count > 0)
            {
                yield return $"source: {id} ; {string.Join(", ", sources)}";
            }

            foreach (var sink in SinkLines(id, summary))
            {
                yield return sink;
            }

            if (transfers.Count > 0 && !IsDefault(method, transfers))
            {
                yield return $"model: {id} ; {string.Join(" ; ", transfers)}";
            }
            else if (transfers.Count == 0 && (method.MethodKind == MethodKind.Constructor && !method.Parameters.IsEmpty || returns && !MethodFlowAnalysis.IsCleanType(method.ReturnType)))
            {
                yield return $"model: {id} ; clean";
            }
        }

        /// <summary>A property: its getter's and setter's transfers on one line; an auto-property stores and returns its own member.</summary>
        private static IEnumerable<string> PropertyLines(FlowEngine engine, IPropertySymbol property, CancellationToken cancellationToken)
        {
            if (property.IsStatic || MethodFlowAnalysis.IsCleanType(property.Type))
            {
                yield break;
            }

            var id = Id(property);
            var transfers = new SortedSet<string>(System.StringComparer.Ordinal);
            var sources = new SortedSet<string>(System.StringComparer.Ordinal);
            if (engine.IsTrackedMember(property))
            {
                transfers.Add($"this.{property.Name} -> return");
                if (property.SetMethod != null)
                {
                    transfers.Add($"arg0 -> this.{property.Name}");
                }
            }
            else
            {
                if (property.GetMethod is { } getter && engine.HasBody(getter))
                {
                    ReturnTransfers(getter, engine.GetSummary(getter, new SummaryRequest(cancellationToken)).ReturnValue, transfers, sources);
                }

                if (property.SetMethod is { } setter && engine.HasBody(setter))
                {
                    ExitTransfers(setter, engine.GetSummary(setter, new SummaryRequest(cancellationToken)), transfers);
                }
            }

            if (sources.Count > 0)
            {
                yield return $"source: {id} ; {string.Join(", ", sources)}";
            }

            yield return transfers.Count > 0 ? $"model: {id} ; {string.Join(" ; ", transfers)}" : $"model: {id} ; clean";
        }

        /// <summary>
        /// What a constructor puts into members besides its body, as the engine reads a construction in the compilation:
        /// a primary constructor's parameters land in the members of the same name (a positional record's properties),
        /// and member initializers that name a parameter (<c>Phone { get; } = phone</c>) take it.
        /// </summary>
        private static void InitializerTransfers(IMethodSymbol constructor, SortedSet<string> transfers)
        {
            if (!SyntaxFacts.IsPrimaryConstructor(constructor))
            {
                return;
            }

            foreach (var parameter in constructor.Parameters)
            {
                transfers.Add($"arg{parameter.Ordinal} -> this.{parameter.Name}");
            }

            foreach (var member in constructor.ContainingType.GetMembers())
            {
                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    var initializer = reference.GetSyntax() switch
                    {
                        Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax property => property.Initializer,
                        Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax field => field.Initializer,
                        _ => null,
                    };
                    if (initializer == null || !IsIdentifier(member.Name))
                    {
                        continue;
                    }

                    foreach (var name in initializer.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax>())
                    {
                        if (constructor.Parameters.FirstOrDefault(p => p.Name == name.Identifier.ValueText) is { } parameter)
                        {
                            transfers.Add($"arg{parameter.Ordinal} -> this.{member.Name}");
                        }
                    }
                }
            }
        }

        /// <summary>What reaches the return value; what cannot be said in a model (a static field's content) gives back the default, all inputs.</summary>
        private static void ReturnTransfers(IMethodSymbol method, AbstractValue value, SortedSet<string> transfers, SortedSet<string> sources)
        {
            var inexpressible = false;
            AddTransfers(value.Direct, "return", transfers, sources, ref inexpressible);
            foreach (var member in value.Members)
            {
                var target = member.Key == AbstractValue.Element ? "return[]" : IsIdentifier(member.Key) ? "return." + member.Key : "return";
                AddTransfers(member.Value.AllTaint(), target, transfers, sources, ref inexpressible);
            }

            if (inexpressible)
            {
                transfers.Add((method.IsStatic ? "args" : "this, args") + " -> return");
            }
        }

        /// <summary>What the method leaves in its receiver's members and its ref/out arguments.</summary>
        private static void ExitTransfers(IMethodSymbol method, MethodSummary summary, SortedSet<string> transfers)
        {
            var ignored = new SortedSet<string>();
            var inexpressible = false;
            foreach (var exit in summary.ParametersAtExit.OrderBy(p => p.Key))
            {
                var ordinal = exit.Key;
                if (ordinal >= 0 && (ordinal >= method.Parameters.Length || method.Parameters[ordinal].RefKind is not (RefKind.Ref or RefKind.Out)))
                {
                    continue;
                }

                var place = ordinal < 0 ? "this" : "arg" + ordinal;
                foreach (var member in exit.Value.Members)
                {
                    if (IsIdentifier(member.Key))
                    {
                        AddTransfers(member.Value.AllTaint(), place + "." + member.Key, transfers, ignored, ref inexpressible, except: place + "." + member.Key);
                    }
                }

                if (ordinal >= 0)
                {
                    AddTransfers(exit.Value.Direct, place, transfers, ignored, ref inexpressible, except: place);
                }
            }
        }

        private static void AddTransfers(Taint taint, string target, SortedSet<string> transfers, SortedSet<string> sources, ref bool inexpressible, string? except = null)
        {
            foreach (var fact in taint.Facts)
            {
                var origin = fact.Key;
                if (origin.IsConcrete)
                {
                    sources.Add(origin.Category);
                }
                else if (Place(origin) is { } place)
                {
                    if (place != except)
                    {
                        transfers.Add($"{place} -> {target}");
                    }
                }
                else
                {
                    inexpressible = true;
                }
            }
        }

        /// <summary>A placeholder as a model place (<c>arg0</c>, <c>arg1.Email</c>, <c>this.Phone</c>, <c>arg0[]</c>); null for a field of no known object.</summary>
        private static string? Place(Origin origin)
        {
            string name;
            string member;
            if (origin.Kind == OriginKind.Parameter)
            {
                name = origin.Ordinal < 0 ? "this" : "arg" + origin.Ordinal;
                member = origin.MemberPath.Split('.')[0];
            }
            else if (origin.Receiver is int receiver && origin.Field != null)
            {
                name = receiver < 0 ? "this" : "arg" + receiver;
                member = origin.Field.Name;
            }
            else
            {
                return null;
            }

            return member.Length == 0 ? name : member == AbstractValue.Element ? name + "[]" : IsIdentifier(member) ? name + "." + member : name;
        }

        /// <summary>One line per sink reached inside, with the parameters that reach it (<c>args:</c>) and the sink's name (<c>via:</c>).</summary>
        private static IEnumerable<string> SinkLines(string id, MethodSummary summary)
        {
            var bySink = new SortedDictionary<string, SortedSet<string>>(System.StringComparer.Ordinal);
            foreach (var hit in summary.PlaceholderHits)
            {
                if (hit.Origin.Kind != OriginKind.Parameter || hit.Origin.Ordinal < 0 || hit.Sink.Name.IndexOf(';') >= 0 || hit.Sink.Party?.IndexOf(';') >= 0)
                {
                    continue;
                }

                var key = $"{RecipientKinds.RulesWords(hit.Sink.Declared)} ; {hit.Sink.Party} ; args: {{0}} ; via: {hit.Sink.Name}";
                if (!bySink.TryGetValue(key, out var ordinals))
                {
                    bySink[key] = ordinals = new SortedSet<string>(System.StringComparer.Ordinal);
                }

                // A helper that logs one member of its argument (reminder.Id) hands over only that member: 'args: 0.Id'.
                var member = hit.Origin.MemberPath.Split('.')[0];
                ordinals.Add(hit.Origin.Ordinal + (IsIdentifier(member) ? "." + member : ""));
            }

            return bySink.Select(pair => $"sink: {id} ; " + pair.Key.Replace("{0}", string.Join(", ", WholeWins(pair.Value))));
        }

        /// <summary>"0, 0.Id" says no more than "0": a whole argument covers its members.</summary>
        private static IEnumerable<string> WholeWins(SortedSet<string> arguments) =>
            arguments.Where(a => a.IndexOf('.') < 0 || !arguments.Contains(a.Substring(0, a.IndexOf('.'))));

        /// <summary>The default rule already says this: every input, whole, reaches the result.</summary>
        private static bool IsDefault(IMethodSymbol method, SortedSet<string> transfers)
        {
            var inputs = Enumerable.Range(0, method.Parameters.Length).Select(i => $"arg{i} -> return").ToList();
            if (!method.IsStatic)
            {
                inputs.Add("this -> return");
            }

            return method.MethodKind == MethodKind.Ordinary && transfers.SetEquals(inputs);
        }

    }

    /// <summary>One line of a library's summary file, and the member it describes.</summary>
    internal sealed class SummaryLine
    {
        public SummaryLine(ISymbol member, string text)
        {
            Member = member;
            Text = text;
        }

        public ISymbol Member { get; }
        public string Text { get; }
    }
}
