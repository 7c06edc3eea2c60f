using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The clients a compilation registers with <c>services.AddHttpClient</c>: typed (<c>AddHttpClient&lt;T&gt;(c =&gt; c.BaseAddress = ...)</c>)
    /// and named (<c>AddHttpClient("crm", c =&gt; ...)</c>, later <c>factory.CreateClient("crm")</c>), with the host of the base address
    /// their configuration sets. Found once per compilation, and only when an HTTP send of personal data needs it.
    /// </summary>
    internal sealed class HttpClientRegistrations
    {
        private static readonly ImmutableArray<string> Marker = ImmutableArray.Create("AddHttpClient");

        private readonly Dictionary<ITypeSymbol, string> _typed = new Dictionary<ITypeSymbol, string>(SymbolEqualityComparer.Default);
        private readonly Dictionary<string, string> _named = new Dictionary<string, string>(System.StringComparer.Ordinal);

        public string? Typed(ITypeSymbol client) => _typed.TryGetValue(client.OriginalDefinition, out var host) ? host : null;

        public string? Named(string name) => _named.TryGetValue(name, out var host) ? host : null;

        /// <summary>Reads every registration of the compilation; <paramref name="hostOf"/> reads a URI expression's absolute host.</summary>
        public static HttpClientRegistrations Find(Compilation compilation, System.Func<IOperation, string?> hostOf, CancellationToken cancellationToken)
        {
            var result = new HttpClientRegistrations();
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (!TreeText.MentionsAny(tree, Marker, cancellationToken))
                {
                    continue;
                }

                var model = SharedSemanticModel.For(compilation, tree);
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddHttpClient" } }
                        && model.GetOperation(node, cancellationToken) is IInvocationOperation { TargetMethod.ContainingType.Name: "HttpClientFactoryServiceCollectionExtensions" } registration)
                    {
                        result.Add(registration, hostOf);
                    }
                }
            }

            return result;
        }

        private void Add(IInvocationOperation registration, System.Func<IOperation, string?> hostOf)
        {
            string? name = null;
            string? host = null;
            foreach (var argument in registration.Arguments)
            {
                if (argument.Parameter?.Name == "name" && argument.Value.ConstantValue is { HasValue: true, Value: string given })
                {
                    name = given;
                }
                else if (argument.Parameter?.Name == "configureClient")
                {
                    host = ConfiguredHost(argument.Value, hostOf);
                }
            }

            if (host == null)
            {
                return;
            }

            // A typed client is also the named client of its type's name.
            foreach (var type in registration.TargetMethod.TypeArguments)
            {
                _typed[type.OriginalDefinition] = host;
            }

            name ??= registration.TargetMethod.TypeArguments.Length > 0 ? registration.TargetMethod.TypeArguments[0].Name : null;
            if (name != null)
            {
                _named[name] = host;
            }
        }

        /// <summary>The host of the <c>BaseAddress</c> a configuration lambda sets (c =&gt; c.BaseAddress = new Uri("https://...")).</summary>
        private static string? ConfiguredHost(IOperation configure, System.Func<IOperation, string?> hostOf)
        {
            var lambda = (configure as IDelegateCreationOperation)?.Target as IAnonymousFunctionOperation;
            foreach (var operation in lambda?.Body.Descendants() ?? System.Linq.Enumerable.Empty<IOperation>())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } } assignment
                    && hostOf(assignment.Value) is { } host)
                {
                    return host;
                }
            }

            return null;
        }
    }
}
