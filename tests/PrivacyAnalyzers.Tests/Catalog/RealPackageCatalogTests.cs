using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// The catalog against the real NuGet packages served here: every catalog line of the SDK names real
/// symbols, and calls written the usual way resolve to the expected sink.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class RealPackageCatalogTests
{
    private const RecipientKind Logging = RecipientKind.Logging;
    private const RecipientKind LoggingProcessor = RecipientKind.Logging | RecipientKind.Processor;
    private const RecipientKind AnalyticsProcessor = RecipientKind.Analytics | RecipientKind.Processor;
    private const RecipientKind AI = RecipientKind.AIProvider | RecipientKind.ThirdParty;

    /// <summary>Semantic Kernel's core package and the dependencies its public signatures name.</summary>
    internal const string SemanticKernelDependencies = "1.82.0;Microsoft.SemanticKernel.Abstractions/1.82.0;Microsoft.Extensions.AI.Abstractions/10.5.0;"
        + "Microsoft.Extensions.AI/10.5.0;Microsoft.Extensions.VectorData.Abstractions/10.5.2";

    [Theory]
    [InlineData("Serilog", "4.4.0", "Serilog", "")]
    [InlineData("NLog", "6.2.2", "NLog", "")]
    [InlineData("Sentry", "6.12.1", "Sentry", "M:Sentry.SentrySdk.SetExtra")]
    [InlineData("Microsoft.ApplicationInsights", "2.22.0", "Microsoft.ApplicationInsights", "")]
    [InlineData("Microsoft.ApplicationInsights", "3.2.0", "Microsoft.ApplicationInsights", "M:Microsoft.ApplicationInsights.TelemetryClient.TrackPageView")]
    [InlineData("Microsoft.Extensions.Logging.Abstractions", "8.0.2", "Microsoft.Extensions.Logging", "")]
    [InlineData("Microsoft.Extensions.AI.Abstractions", "9.5.0", "Microsoft.Extensions.AI", "")]
    [InlineData("Microsoft.Extensions.AI.Abstractions", "10.11.0", "Microsoft.Extensions.AI", "")]
    [InlineData("OpenAI", "2.1.0", "OpenAI", "M:OpenAI.Responses.ResponsesClient.CreateResponse*")]
    [InlineData("OpenAI", "2.15.0", "OpenAI", "")]
    [InlineData("Anthropic", "13.14.0", "Anthropic", "")]
    [InlineData("Azure.AI.Inference", "1.0.0-beta.5;Azure.Core/1.47.1;System.ClientModel/1.5.1", "Azure.AI.Inference", "")]
    [InlineData("SendGrid", "9.29.3;Newtonsoft.Json/13.0.3", "SendGrid", "")]
    [InlineData("Twilio", "8.2.0", "Twilio", "")]
    [InlineData("Stripe.net", "53.1.0;Newtonsoft.Json/13.0.3", "Stripe", "")]
    [InlineData("OpenTelemetry", "1.21.0;OpenTelemetry.Api/1.21.0", "OpenTelemetry", "")]
    [InlineData("log4net", "3.6.0", "log4net", "")]
    [InlineData("MailKit", "4.18.2;MimeKit/4.18.2", "MailKit", "")]
    [InlineData("Microsoft.SemanticKernel.Core", SemanticKernelDependencies, "Microsoft.SemanticKernel", "")]
    [InlineData("OllamaSharp", "5.5.2;Microsoft.Extensions.AI.Abstractions/10.8.0", "OllamaSharp", "")]
    [InlineData("", "", "System", "M:System.Security.Claims.PrincipalExtensions.FindFirstValue")] // an ASP.NET Core extension
    [InlineData("Microsoft.AspNetCore.App.Ref", "8.0.0", "System.Security.Claims", "")]
    public async Task EveryCatalogLineOfTheSdkNamesARealSymbol(string package, string version, string prefix, string absentInThisVersion)
    {
        // "version;Dependency/version..." adds dependencies whose lowest allowed version is not served here.
        var packages = package.Length == 0 ? Array.Empty<(string, string)>()
            : version.Split(';').Skip(1).Select(d => (d.Split('/')[0], d.Split('/')[1])).Prepend((package, version.Split(';')[0])).ToArray();
        var compilation = TestCompilations.Create("class C { }", packages);
        var absent = absentInThisVersion.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var entries = CatalogProbe.EntriesUnder(prefix).ToList();

        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            var found = SymbolIds.Resolve(entry.SymbolId!, compilation);
            if (absent.Contains(entry.SymbolId))
            {
                Assert.True(found.IsEmpty, $"{entry.SymbolId} exists in {package} {version}: drop it from the absent list");
            }
            else
            {
                Assert.False(found.IsEmpty, $"{entry.SymbolId} (catalog line {entry.Line.Number + 1}) names nothing in {package} {version}");
            }
        });
    }

    [Fact]
    public async Task SerilogWriteMethodsOnTheStaticLogTheInterfaceAndTheLoggerClass()
    {
        var sinks = await CatalogProbe.SinksAsync("""
            class C
            {
                void M(Serilog.ILogger log, string phone)
                {
                    Serilog.Log.Information("Phone {Phone}", phone);
                    log.Warning("Phone {Phone}", phone);
                    new Serilog.LoggerConfiguration().CreateLogger().Error(phone);
                    log.ForContext("Phone", phone);
                    log.IsEnabled(Serilog.Events.LogEventLevel.Debug);
                }
            }
            """, ("Serilog", "4.4.0"));

        CatalogProbe.AssertSink(sinks, "Serilog.Log.Information(\"Phone {Phone}\", phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "log.Warning(\"Phone {Phone}\", phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "new Serilog.LoggerConfiguration().CreateLogger().Error(phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "log.ForContext(\"Phone\", phone)", Logging, null);
        Assert.Null(sinks["log.IsEnabled(Serilog.Events.LogEventLevel.Debug)"]);
        Assert.Null(sinks["new Serilog.LoggerConfiguration().CreateLogger()"]);
    }

    [Fact]
    public async Task NLogLoggerAndInterface()
    {
        var sinks = await CatalogProbe.SinksAsync("""
            class C
            {
                void M(NLog.ILogger log, string phone)
                {
                    NLog.LogManager.GetCurrentClassLogger().Info("Phone {0}", phone);
                    log.Warn(phone);
                    log.Log(NLog.LogLevel.Error, phone);
                }
            }
            """, ("NLog", "6.2.2"));

        CatalogProbe.AssertSink(sinks, "NLog.LogManager.GetCurrentClassLogger().Info(\"Phone {0}\", phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "log.Warn(phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "log.Log(NLog.LogLevel.Error, phone)", Logging, null);
        Assert.Null(sinks["NLog.LogManager.GetCurrentClassLogger()"]);
    }

    [Fact]
    public async Task SentryCaptureTagsBreadcrumbsAndUser()
    {
        var sinks = await CatalogProbe.SinksAsync("""
            using Sentry;
            class C
            {
                void M(string phone, Sentry.IHub hub)
                {
                    Sentry.SentrySdk.CaptureMessage(phone);
                    Sentry.SentrySdk.AddBreadcrumb(phone);
                    Sentry.SentrySdk.SetTag("phone", phone);
                    var user = new Sentry.SentryUser { Email = phone };
                    Sentry.SentrySdk.ConfigureScope(scope => scope.SetExtra("phone", phone));
                    hub.CaptureMessage(phone);
                    Sentry.SentrySdk.Flush();
                }
            }
            """, ("Sentry", "6.12.1"));

        CatalogProbe.AssertSink(sinks, "Sentry.SentrySdk.CaptureMessage(phone)", LoggingProcessor, "Sentry");
        CatalogProbe.AssertSink(sinks, "Sentry.SentrySdk.AddBreadcrumb(phone)", LoggingProcessor, "Sentry");
        CatalogProbe.AssertSink(sinks, "Sentry.SentrySdk.SetTag(\"phone\", phone)", LoggingProcessor, "Sentry");
        CatalogProbe.AssertSink(sinks, "Email = phone", LoggingProcessor, "Sentry");
        CatalogProbe.AssertSink(sinks, "scope.SetExtra(\"phone\", phone)", LoggingProcessor, "Sentry");
        CatalogProbe.AssertSink(sinks, "hub.CaptureMessage(phone)", LoggingProcessor, "Sentry");
        Assert.Null(sinks["Sentry.SentrySdk.Flush()"]);
    }

    [Theory]
    [InlineData("2.22.0")]
    [InlineData("3.2.0")]
    public async Task ApplicationInsightsEventsAreAnalyticsAndTracesAreLogging(string version)
    {
        var sinks = await CatalogProbe.SinksAsync("""
            class C
            {
                void M(Microsoft.ApplicationInsights.TelemetryClient client, string phone)
                {
                    client.TrackEvent(phone);
                    client.TrackTrace(phone);
                    client.TrackException(new System.Exception(phone));
                    client.Flush();
                }
            }
            """, ("Microsoft.ApplicationInsights", version));

        CatalogProbe.AssertSink(sinks, "client.TrackEvent(phone)", AnalyticsProcessor, "Microsoft");
        CatalogProbe.AssertSink(sinks, "client.TrackTrace(phone)", LoggingProcessor, "Microsoft");
        CatalogProbe.AssertSink(sinks, "client.TrackException(new System.Exception(phone))", LoggingProcessor, "Microsoft");
        Assert.Null(sinks["client.Flush()"]);
    }

    [Fact]
    public async Task MicrosoftExtensionsLoggingInterfaceAndExtensions()
    {
        var sinks = await CatalogProbe.SinksAsync("""
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger log, ILogger<C> typed, string phone)
                {
                    log.LogInformation("Phone {Phone}", phone);
                    typed.LogWarning(phone);
                    log.Log(LogLevel.Error, phone);
                    log.Log(LogLevel.Error, new EventId(1), phone, null, (s, e) => s);
                    log.BeginScope("Phone {Phone}", phone);
                    log.IsEnabled(LogLevel.Debug);
                }
            }
            """, ("Microsoft.Extensions.Logging.Abstractions", "8.0.2"));

        CatalogProbe.AssertSink(sinks, "log.LogInformation(\"Phone {Phone}\", phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "typed.LogWarning(phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "log.Log(LogLevel.Error, phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "log.Log(LogLevel.Error, new EventId(1), phone, null, (s, e) => s)", Logging, null);
        CatalogProbe.AssertSink(sinks, "log.BeginScope(\"Phone {Phone}\", phone)", Logging, null);
        Assert.Null(sinks["log.IsEnabled(LogLevel.Debug)"]);
    }

    [Theory]
    [InlineData("9.5.0")]
    [InlineData("10.11.0")]
    public async Task MicrosoftExtensionsAIChatClients(string version)
    {
        var sinks = await CatalogProbe.SinksAsync("""
            using Microsoft.Extensions.AI;
            class C
            {
                async System.Threading.Tasks.Task M(IChatClient chat, IEmbeddingGenerator<string, Embedding<float>> embedder, string phone)
                {
                    await chat.GetResponseAsync(phone);
                    await chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, phone) });
                    chat.GetStreamingResponseAsync(phone);
                    await embedder.GenerateAsync(new[] { phone });
                    chat.GetService<object>();
                }
            }
            """, ("Microsoft.Extensions.AI.Abstractions", version));

        CatalogProbe.AssertSink(sinks, "chat.GetResponseAsync(phone)", AI, null);
        CatalogProbe.AssertSink(sinks, "chat.GetResponseAsync(new[] { new ChatMessage(ChatRole.User, phone) })", AI, null);
        CatalogProbe.AssertSink(sinks, "chat.GetStreamingResponseAsync(phone)", AI, null);
        CatalogProbe.AssertSink(sinks, "embedder.GenerateAsync(new[] { phone })", AI, null);
        Assert.Null(sinks["chat.GetService<object>()"]);
    }

    [Fact]
    public async Task OpenAIChatCompletions()
    {
        var sinks = await CatalogProbe.SinksAsync("""
            using OpenAI.Chat;
            class C
            {
                async System.Threading.Tasks.Task M(ChatClient chat, string phone)
                {
                    chat.CompleteChat(new UserChatMessage(phone));
                    await chat.CompleteChatAsync(new UserChatMessage(phone));
                    chat.CompleteChatStreaming(new UserChatMessage(phone));
                }
            }
            """, ("OpenAI", "2.15.0"), ("System.ClientModel", "1.16.0"));

        CatalogProbe.AssertSink(sinks, "chat.CompleteChat(new UserChatMessage(phone))", AI, "OpenAI");
        CatalogProbe.AssertSink(sinks, "chat.CompleteChatAsync(new UserChatMessage(phone))", AI, "OpenAI");
        CatalogProbe.AssertSink(sinks, "chat.CompleteChatStreaming(new UserChatMessage(phone))", AI, "OpenAI");
    }

    [Fact]
    public async Task AnthropicMessages()
    {
        var sinks = await CatalogProbe.SinksAsync("""
            class C
            {
                void M(Anthropic.AnthropicClient client, Anthropic.Models.Messages.MessageCreateParams request)
                {
                    client.Messages.Create(request);
                }
            }
            """, ("Anthropic", "13.14.0"));

        CatalogProbe.AssertSink(sinks, "client.Messages.Create(request)", AI, "Anthropic");
    }

    [Fact]
    public async Task ConsoleDebugAndTraceFromTheFramework()
    {
        var sinks = await CatalogProbe.SinksAsync("""
            class C
            {
                void M(string phone)
                {
                    System.Console.WriteLine(phone);
                    System.Console.Write("{0}", phone);
                    System.Diagnostics.Debug.WriteLine(phone);
                    System.Diagnostics.Trace.TraceInformation(phone);
                    System.Console.ReadLine();
                }
            }
            """);

        CatalogProbe.AssertSink(sinks, "System.Console.WriteLine(phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "System.Console.Write(\"{0}\", phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "System.Diagnostics.Debug.WriteLine(phone)", Logging, null);
        CatalogProbe.AssertSink(sinks, "System.Diagnostics.Trace.TraceInformation(phone)", Logging, null);
        Assert.Null(sinks["System.Console.ReadLine()"]);
    }
}
