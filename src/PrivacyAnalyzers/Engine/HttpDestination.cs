using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Where an HTTP send goes (<c>sink: ... ; host: requestUri</c> lines): the host of a literal or constant URI, of an
    /// interpolated one whose constant start fixes it, else of the client's <c>BaseAddress</c> where the client is made
    /// (an initializer, an assignment in the method or the constructors, a typed or named <c>AddHttpClient</c> client).
    /// The host table then says who receives the request. Asked only for calls that hand over personal data; one answer per call.
    /// </summary>
    internal sealed class HttpDestination
    {
        private const int MaxDepth = 6;
        private const string BaseAddress = "BaseAddress";

        private readonly PrivacyModel _model;
        private readonly ConcurrentDictionary<SyntaxNode, SinkInfo?> _calls = new ConcurrentDictionary<SyntaxNode, SinkInfo?>();
        private HttpClientRegistrations? _registrations;

        public HttpDestination(PrivacyModel model)
        {
            _model = model;
        }

        /// <summary>The sink this call is, with its host's recipients and party; null when the host is internal or unknown and unknown hosts are no sinks.</summary>
        public SinkInfo? Resolve(SinkInfo sink, IInvocationOperation call, CancellationToken cancellationToken) =>
            _calls.GetOrAdd(call.Syntax, _ => Compute(sink, call, cancellationToken));

        private SinkInfo? Compute(SinkInfo sink, IInvocationOperation call, CancellationToken cancellationToken)
        {
            var host = HostOfCall(sink.HostOf!, call, cancellationToken);
            var rule = host == null ? null : _model.Rules.Hosts.Find(host);
            var recipients = rule?.Recipients ?? _model.Rules.Hosts.UnknownHost;
            if (recipients == RecipientKind.None)
            {
                return null;
            }

            var name = PrivacyModel.DisplayName(call.TargetMethod) + (host == null ? " to an unknown host" : " to " + host);
            return sink.ToHost(name, recipients, rule?.Party);
        }

        private string? HostOfCall(string parameter, IInvocationOperation call, CancellationToken cancellationToken)
        {
            // The call as written, not as the control-flow graph rewrote it (captured receivers, lowered initializers).
            call = OperationOf(call.Syntax, cancellationToken) as IInvocationOperation ?? call;
            IOperation? target = null;
            IOperation? client = call.Instance;
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Name == parameter)
                {
                    target = argument.Value;
                }

                if (argument.Parameter is { Ordinal: 0 } && call.TargetMethod.IsExtensionMethod)
                {
                    client = argument.Value;
                }
            }

            // An HttpRequestMessage carries its own URI: new HttpRequestMessage(HttpMethod.Post, "https://...") or RequestUri = ...
            if (target != null && target.Type?.Name == "HttpRequestMessage")
            {
                target = RequestUri(Definition(target, cancellationToken), cancellationToken);
            }

            var uri = target == null ? Uri.Relative : UriOf(target, 0, cancellationToken);
            return uri.IsAbsolute ? uri.Host : client == null ? null : ClientHost(client, 0, cancellationToken);
        }

        private IOperation? RequestUri(IOperation? request, CancellationToken cancellationToken)
        {
            if (request is not IObjectCreationOperation creation)
            {
                return null;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "requestUri")
                {
                    return argument.Value;
                }
            }

            return InitializedMember(creation, "RequestUri");
        }

        /// <summary>The host of the client's base address, from where the client was made or configured.</summary>
        private string? ClientHost(IOperation client, int depth, CancellationToken cancellationToken)
        {
            client = Unwrap(client);
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (client)
            {
                case IObjectCreationOperation creation:
                    return InitializedMember(creation, BaseAddress) is { } address ? UriOf(address, depth + 1, cancellationToken).Host : null;
                case IInvocationOperation { TargetMethod.Name: "CreateClient" } create:
                    // IHttpClientFactory.CreateClient(name), or the extension CreateClient() for the default name "".
                    var name = create.Arguments.Length == 0 || create.TargetMethod.IsExtensionMethod && create.Arguments.Length == 1 ? ""
                        : create.Arguments[create.Arguments.Length - 1].Value.ConstantValue is { HasValue: true, Value: string given } ? given : null;
                    return name == null ? null : Registrations(cancellationToken).Named(name);
            }

            var symbol = Referenced(client);
            if (symbol == null)
            {
                return null;
            }

            // client.BaseAddress = new Uri("...") in this method, then where the client was declared or assigned.
            if (AssignedBaseAddress(symbol, EnclosingBody(client.Syntax), SharedSemanticModel.For(_model.Compilation, client.Syntax.SyntaxTree), depth, cancellationToken) is { } inMethod)
            {
                return inMethod;
            }

            switch (symbol)
            {
                case ILocalSymbol:
                    return Definition(client, cancellationToken) is { } made && made != client ? ClientHost(made, depth + 1, cancellationToken) : null;
                case IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor }:
                    // A typed client: the container hands the constructor the client AddHttpClient<T> configured.
                    return Registrations(cancellationToken).Typed(constructor.ContainingType);
                case IFieldSymbol or IPropertySymbol:
                    return MemberClientHost(symbol, depth, cancellationToken);
                default:
                    return null;
            }
        }

        /// <summary>A client held in a field or property: its initializer, and what the constructors assign to it or its base address.</summary>
        private string? MemberClientHost(ISymbol member, int depth, CancellationToken cancellationToken)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                var initializer = syntax switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                    PropertyDeclarationSyntax property => property.Initializer?.Value,
                    _ => null,
                };
                if (initializer != null && OperationOf(initializer, cancellationToken) is { } value && ClientHost(value, depth + 1, cancellationToken) is { } host)
                {
                    return host;
                }
            }

            foreach (var constructor in member.ContainingType.InstanceConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    var body = reference.GetSyntax(cancellationToken);
                    var model = SharedSemanticModel.For(_model.Compilation, body.SyntaxTree);
                    if (AssignedBaseAddress(member, body, model, depth, cancellationToken) is { } configured)
                    {
                        return configured;
                    }

                    foreach (var assignment in body.DescendantNodes())
                    {
                        if (assignment is AssignmentExpressionSyntax && model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation write
                            && SymbolEqualityComparer.Default.Equals(Referenced(write.Target), member)
                            && ClientHost(write.Value, depth + 1, cancellationToken) is { } assigned)
                        {
                            return assigned;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>The host of <c>symbol.BaseAddress = ...</c> within <paramref name="scope"/>, if one is set there.</summary>
        private string? AssignedBaseAddress(ISymbol symbol, SyntaxNode? scope, SemanticModel model, int depth, CancellationToken cancellationToken)
        {
            if (scope == null)
            {
                return null;
            }

            foreach (var node in scope.DescendantNodes())
            {
                if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: BaseAddress } }
                    && model.GetOperation(node, cancellationToken) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } owner } } write
                    && SymbolEqualityComparer.Default.Equals(Referenced(owner), symbol))
                {
                    return UriOf(write.Value, depth + 1, cancellationToken).Host;
                }
            }

            return null;
        }

        /// <summary>What a URI expression says: an absolute URI with its host, or a relative (or unreadable) one.</summary>
        private Uri UriOf(IOperation operation, int depth, CancellationToken cancellationToken)
        {
            operation = Unwrap(operation);
            if (depth > MaxDepth)
            {
                return Uri.Unknown;
            }

            if (operation.ConstantValue is { HasValue: true } constant)
            {
                return constant.Value is string text ? Uri.Parse(text, complete: true) : Uri.Relative;
            }

            switch (operation)
            {
                case IInterpolatedStringOperation interpolated:
                    var prefix = "";
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is not IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string text } })
                        {
                            return Uri.Parse(prefix, complete: false);
                        }

                        prefix += text;
                    }

                    return Uri.Parse(prefix, complete: true);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                    // "https://api.acme.com/find?email=" + email: the constant start must fix the host.
                    if (Unwrap(concatenation.LeftOperand).ConstantValue is { HasValue: true, Value: string start })
                    {
                        return Uri.Parse(start, complete: false);
                    }

                    return UriOf(concatenation.LeftOperand, depth + 1, cancellationToken);
                case IObjectCreationOperation { Type.Name: "Uri", Arguments: { Length: > 0 } arguments }:
                    // new Uri(baseUri, "relative") keeps the host of its base; new Uri("https://...") is read as a string.
                    return UriOf(arguments[0].Value, depth + 1, cancellationToken);
                case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation:
                    return Definition(operation, cancellationToken) is { } defined && defined != operation ? UriOf(defined, depth + 1, cancellationToken) : Uri.Unknown;
                default:
                    return Uri.Unknown;
            }
        }

        /// <summary>Where a local, field or property got its value: its declaration's initializer (the operation itself otherwise).</summary>
        private IOperation? Definition(IOperation operation, CancellationToken cancellationToken)
        {
            operation = Unwrap(operation);
            if (Referenced(operation) is not { } symbol || symbol is IParameterSymbol)
            {
                return operation;
            }

            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                var value = reference.GetSyntax(cancellationToken) switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                    PropertyDeclarationSyntax property => property.Initializer?.Value,
                    _ => null,
                };
                if (value != null)
                {
                    return OperationOf(value, cancellationToken);
                }
            }

            return null;
        }

        private IOperation? OperationOf(SyntaxNode syntax, CancellationToken cancellationToken) =>
            SharedSemanticModel.For(_model.Compilation, syntax.SyntaxTree).GetOperation(syntax, cancellationToken);

        private HttpClientRegistrations Registrations(CancellationToken cancellationToken) =>
            LazyInitializer.EnsureInitialized(ref _registrations, () => HttpClientRegistrations.Find(_model.Compilation, value => UriOf(value, 1, cancellationToken).Host, cancellationToken))!;

        private static IOperation? InitializedMember(IObjectCreationOperation creation, string name)
        {
            if (creation.Initializer == null)
            {
                return null;
            }

            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment && property.Property.Name == name)
                {
                    return assignment.Value;
                }
            }

            return null;
        }

        private static ISymbol? Referenced(IOperation operation) => Unwrap(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };

        private static SyntaxNode? EnclosingBody(SyntaxNode node)
        {
            for (var current = node; current != null; current = current.Parent)
            {
                if (current is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax)
                {
                    return current;
                }
            }

            return null;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation or IParenthesizedOperation)
            {
                operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
            }

            return operation;
        }

        /// <summary>An absolute URI's host, or a relative URI (the client's base address decides), or one that cannot be read.</summary>
        private readonly struct Uri
        {
            public static readonly Uri Relative = new Uri(null, relative: true);
            public static readonly Uri Unknown = new Uri(null, relative: false);

            private Uri(string? host, bool relative)
            {
                Host = host;
                IsRelative = relative;
            }

            /// <summary>A path without scheme and host (the client's base address decides), or a null URI.</summary>
            public bool IsRelative { get; }

            public string? Host { get; }

            public bool IsAbsolute => Host != null;

            /// <summary>The host after "scheme://", when the text fixes all of it (a '/', ':', '?' or '#' after it, or the text is complete).</summary>
            public static Uri Parse(string text, bool complete)
            {
                var scheme = text.IndexOf("://", StringComparison.Ordinal);
                if (scheme < 0)
                {
                    // A path without a scheme is relative to the base address; a prefix that could still become "https://..." is not known.
                    return complete || text.StartsWith("/", StringComparison.Ordinal) || text.IndexOf('/') > 0 ? Relative : Unknown;
                }

                var start = scheme + 3;
                var end = text.IndexOfAny(new[] { '/', ':', '?', '#' }, start);
                if (end < 0 && !complete)
                {
                    return Unknown;
                }

                var authority = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
                var host = authority.Substring(authority.LastIndexOf('@') + 1).ToLowerInvariant();
                return host.Length == 0 ? Unknown : new Uri(host, relative: false);
            }

        }
    }
}
