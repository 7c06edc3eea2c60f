// Registration stand-ins: same extension-method names and namespaces as the packages they replace.
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting
{
    /// <summary>What AddOllamaApiClient / AddOpenAIClientFromConfiguration return: a named AI client to turn into an IChatClient.</summary>
    public sealed class AIClientRegistration(IHostApplicationBuilder builder, string connectionName)
    {
        public IHostApplicationBuilder HostBuilder { get; } = builder;
        public string ConnectionName { get; } = connectionName;

        /// <summary>Registers an IChatClient. No model is reachable here, so resolving it fails with a clear message.</summary>
        public ChatClientBuilder AddChatClient() =>
            HostBuilder.Services.AddChatClient(_ => throw new InvalidOperationException(
                $"The chat client '{ConnectionName}' is a build stand-in: no AI client package is served here."));
    }

    public static class AspireAIStandInExtensions
    {
        /// <summary>Stand-in for CommunityToolkit.Aspire.OllamaSharp's AddOllamaApiClient.</summary>
        public static AIClientRegistration AddOllamaApiClient(this IHostApplicationBuilder builder, string connectionName) =>
            new(builder, connectionName);

        /// <summary>Stand-in for Aspire.Azure.AI.OpenAI's AddOpenAIClientFromConfiguration.</summary>
        public static AIClientRegistration AddOpenAIClientFromConfiguration(this IHostApplicationBuilder builder, string connectionName) =>
            new(builder, connectionName);
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class ApiVersionHttpClientStandInExtensions
    {
        /// <summary>Stand-in for Asp.Versioning.Http.Client: adds the api-version query parameter to every request.</summary>
        public static IHttpClientBuilder AddApiVersion(this IHttpClientBuilder builder, double version) =>
            builder.AddHttpMessageHandler(() => new ApiVersionHandler(version.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));

        private sealed class ApiVersionHandler(string version) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.RequestUri is { } uri && !uri.Query.Contains("api-version=", StringComparison.Ordinal))
                {
                    var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
                    request.RequestUri = new Uri(uri + separator + "api-version=" + version, uri.IsAbsoluteUri ? UriKind.Absolute : UriKind.Relative);
                }
                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
