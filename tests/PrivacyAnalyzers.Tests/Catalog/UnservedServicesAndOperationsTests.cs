using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using static PrivacyAnalyzers.Tests.Catalog.CatalogFlowTests;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// CRM, identity, feature-flag, hosting, analytics, APM, log-service and AI SDKs whose packages are not served here:
/// the catalog against declarations that copy the public signatures cited in the catalog files (bodies elided).
/// </summary>
public class UnservedServicesAndOperationsTests
{
    internal const string Declarations = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        #nullable disable
        namespace HubSpot.NET.Api.Contact
        {
            public class ContactHubSpotModel { public string Email { get; set; } public string Phone { get; set; } }
            public class HubSpotContactApi
            {
                public T Create<T>(T entity) where T : ContactHubSpotModel, new() => entity;
                public T CreateOrUpdate<T>(T entity) where T : ContactHubSpotModel, new() => entity;
                public void Update<T>(T contact) where T : ContactHubSpotModel, new() { }
            }
        }
        namespace MailChimp.Net.Interfaces { public interface IMemberLogic { Task<object> AddOrUpdateAsync(string listId, object member, object request = null); } }
        namespace KlaviyoSharp.Services
        {
            public interface IProfileServices
            {
                Task<object> CreateProfile(object profile, CancellationToken cancellationToken = default);
                Task<object> UpdateProfile(string profileId, object profile, CancellationToken cancellationToken = default);
            }
        }
        namespace CustomerIOSharp
        {
            public interface ICustomerDetails { string Id { get; } string Email { get; } }
            public class TrackApi
            {
                public Task IdentifyAsync(ICustomerDetails customer = null) => null;
                public Task TrackEventAsync(string eventName, object data = null, System.DateTime? timestamp = null, string customerId = null) => null;
                public Task TrackNonCustomerEventAsync(string eventName, object data = null, System.DateTime? timestamp = null) => null;
            }
        }
        namespace Intercom.Clients
        {
            public class ContactsClient { public object Create(object contact) => null; public object Update(object contact) => null; public object List(string email) => null; public object View(string id) => null; }
        }
        namespace ZendeskApi_v2.Requests
        {
            public interface ITickets { object CreateTicket(object ticket); Task<object> CreateTicketAsync(object ticket); object UpdateTicket(object ticket, object comment = null); }
        }
        namespace Auth0.ManagementApi.Clients
        {
            public interface IUsersClient
            {
                Task<object> CreateAsync(object request, CancellationToken cancellationToken = default);
                Task<object> UpdateAsync(string id, object request, CancellationToken cancellationToken = default);
                Task<IList<object>> GetUsersByEmailAsync(string email, string fields = null, bool? includeFields = null, CancellationToken cancellationToken = default);
                Task<IList<object>> LinkAccountAsync(string id, object request, CancellationToken cancellationToken = default);
                Task DeleteAsync(string id, CancellationToken cancellationToken = default);
            }
        }
        namespace Okta.Sdk.Api
        {
            public partial interface IUserApiAsync
            {
                Task<object> CreateUserAsync(object body, bool? activate = default, bool? provider = default, string nextLogin = default, CancellationToken cancellationToken = default);
                Task<object> UpdateUserAsync(string id, object user, bool? strict = default, CancellationToken cancellationToken = default);
                Task<object> ReplaceUserAsync(string id, object user, bool? strict = default, CancellationToken cancellationToken = default);
            }
        }
        namespace LaunchDarkly.Sdk
        {
            // extern: no body, so the engine treats the builder as it treats the real, compiled SDK.
            public struct Context { public static extern ContextBuilder Builder(string key); }
            public class ContextBuilder { public extern ContextBuilder Name(string name); public extern ContextBuilder Set(string attributeName, string value); public extern Context Build(); }
        }
        namespace LaunchDarkly.Sdk.Server.Interfaces
        {
            public interface ILdClient
            {
                bool BoolVariation(string key, LaunchDarkly.Sdk.Context context, bool defaultValue = false);
                int IntVariation(string key, LaunchDarkly.Sdk.Context context, int defaultValue = 0);
                float FloatVariation(string key, LaunchDarkly.Sdk.Context context, float defaultValue = 0);
                double DoubleVariation(string key, LaunchDarkly.Sdk.Context context, double defaultValue = 0);
                string StringVariation(string key, LaunchDarkly.Sdk.Context context, string defaultValue);
                object JsonVariation(string key, LaunchDarkly.Sdk.Context context, object defaultValue);
                void Identify(LaunchDarkly.Sdk.Context context);
                void Track(string name, LaunchDarkly.Sdk.Context context);
                bool Initialized { get; }
            }
        }
        namespace Flagsmith { public class FlagsmithClient { public Task<object> GetIdentityFlags(string identifier, List<object> traits = null, bool transient = false) => null; } }
        namespace CloudinaryDotNet { public partial class Cloudinary { public object Upload(object parameters) => null; public Task<object> UploadAsync(object parameters, CancellationToken? cancellationToken = null) => null; } }
        namespace Algolia.Search.Clients
        {
            public partial interface ISearchClient
            {
                Task<object> SaveObjectAsync(string indexName, object body, object options = null, CancellationToken cancellationToken = default);
                Task<object> PartialUpdateObjectAsync(string indexName, string objectID, object attributesToUpdate, bool? createIfNotExists = default, object options = null, CancellationToken cancellationToken = default);
                Task<object> AddOrUpdateObjectAsync(string indexName, string objectID, object body, object options = null, CancellationToken cancellationToken = default);
            }
        }
        namespace Honeybadger
        {
            public interface IHoneybadgerClient
            {
                void Notify(string message, Dictionary<string, object> context = null);
                void Notify(System.Exception error, Dictionary<string, object> context = null);
                void AddContext(Dictionary<string, object> context);
            }
        }
        namespace Exceptionless { public class ExceptionlessClient { public static ExceptionlessClient Default => null; public void SubmitEvent(object ev, object pluginContextData = null) { } } }
        namespace Elmah.Io.Client
        {
            public partial interface IMessagesClient { object CreateAndNotify(System.Guid logId, object message); Task<object> CreateAndNotifyAsync(System.Guid logId, object message, CancellationToken cancellationToken = default); }
        }
        namespace Splunk.Logging { public class HttpEventCollectorSender { public void Send(string id = null, string severity = null, string message = null, object data = null, object metadataOverride = null) { } } }
        namespace Amazon.SimpleEmailV2
        {
            public partial interface IAmazonSimpleEmailServiceV2
            {
                Task<object> SendEmailAsync(object request, CancellationToken cancellationToken = default);
                Task<object> SendBulkEmailAsync(object request, CancellationToken cancellationToken = default);
                Task<object> CreateContactAsync(object request, CancellationToken cancellationToken = default);
            }
        }
        namespace Amazon.SimpleNotificationService
        {
            public partial interface IAmazonSimpleNotificationService { Task<object> PublishAsync(string topicArn, string message, CancellationToken cancellationToken = default); }
        }
        namespace Amazon.CloudWatchLogs { public partial interface IAmazonCloudWatchLogs { Task<object> PutLogEventsAsync(object request, CancellationToken cancellationToken = default); } }
        namespace Amazon.BedrockRuntime
        {
            public class ConverseRequest { public string ModelId { get; set; } public List<object> Messages { get; set; } }
            public partial interface IAmazonBedrockRuntime
            {
                Task<object> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default);
                Task<object> InvokeModelAsync(object request, CancellationToken cancellationToken = default);
            }
        }
        namespace Google.Cloud.Logging.V2
        {
            public abstract partial class LoggingServiceV2Client
            {
                public virtual object WriteLogEntries(string logName, object resource, IDictionary<string, string> labels, IEnumerable<object> entries) => null;
                public virtual Task<object> WriteLogEntriesAsync(string logName, object resource, IDictionary<string, string> labels, IEnumerable<object> entries) => null;
            }
        }
        namespace Google.GenAI
        {
            public sealed class Models
            {
                public Task<object> GenerateContentAsync(string model, string contents, object config = null) => null;
                public Task<object> EmbedContentAsync(string model, string contents, object config = null) => null;
                public Task<object> CountTokensAsync(string model, string contents, object config = null) => null;
            }
        }
        namespace Datadog.Trace { public interface ISpan { ISpan SetTag(string key, string value); void SetException(System.Exception exception); string ResourceName { get; set; } } }
        namespace NewRelic.Api.Agent
        {
            public static class NewRelic
            {
                public static void NoticeError(System.Exception exception) { }
                public static void RecordCustomEvent(string eventType, IEnumerable<KeyValuePair<string, object>> attributes) { }
                public static void AddCustomParameter(string key, string value) { }
                public static void SetUserParameters(string userName, string accountName, string productName) { }
                public static void SetTransactionName(string category, string name) { }
                public static void IgnoreTransaction() { }
            }
        }
        namespace Elastic.Apm.Api
        {
            public interface IExecutionSegment { void SetLabel(string key, string value); void CaptureException(System.Exception exception, string culprit = null, bool isHandled = false, string parentId = null); void CaptureError(string message, string culprit, System.Diagnostics.StackFrame[] frames, string parentId = null); }
        }
        namespace Mistral.SDK.Completions
        {
            public class CompletionsEndpoint { public Task<object> GetCompletionAsync(object request, CancellationToken cancellationToken = default) => null; public IAsyncEnumerable<object> StreamCompletionAsync(object request, CancellationToken cancellationToken = default) => null; }
        }
        namespace PostHog
        {
            public interface IPostHogClient
            {
                Task<object> AliasAsync(string previousId, string newId, CancellationToken cancellationToken);
                Task<object> IdentifyAsync(string distinctId, Dictionary<string, object> personPropertiesToSet, Dictionary<string, object> personPropertiesToSetOnce, CancellationToken cancellationToken);
                Task<object> GroupIdentifyAsync(string type, object key, Dictionary<string, object> properties, CancellationToken cancellationToken);
                bool Capture(string distinctId, string eventName, Dictionary<string, object> properties, object groups, bool sendFeatureFlags);
                Task<bool> IsFeatureEnabledAsync(string featureKey, string distinctId, object options, CancellationToken cancellationToken);
                Task<object> GetFeatureFlagAsync(string featureKey, string distinctId, object options, CancellationToken cancellationToken);
                Task<object> GetAllFeatureFlagsAsync(string distinctId, object options, CancellationToken cancellationToken);
                Task FlushAsync();
            }
            public static class CaptureExtensions
            {
                public static bool Capture(this IPostHogClient client, string distinctId, string eventName) => false;
                public static bool CapturePageView(this IPostHogClient client, string distinctId, string pagePath, Dictionary<string, object> properties) => false;
            }
        }
        public class Amplitude
        {
            public static Amplitude getInstance() => null;
            public void logEvent(string evt, IDictionary<string, object> properties) { }
            public void setUserId(string userId) { }
            public void setUserProperties(IDictionary<string, object> properties) { }
        }
        namespace Statsig { public class StatsigUser { public string UserID { get; set; } public string Email { get; set; } } }
        namespace Statsig.Server
        {
            public static class StatsigServer
            {
                public static void LogEvent(Statsig.StatsigUser user, string eventName, string value = null, IReadOnlyDictionary<string, string> metadata = null) { }
                public static Task<bool> CheckGate(Statsig.StatsigUser user, string gateName) => null;
                public static Task<object> GetConfig(Statsig.StatsigUser user, string configName) => null;
                public static Task<object> GetExperiment(Statsig.StatsigUser user, string experimentName) => null;
                public static Task Shutdown() => null;
            }
        }
        """;

    private static readonly string[] Namespaces =
    {
        "HubSpot", "MailChimp", "KlaviyoSharp", "CustomerIOSharp", "Intercom", "ZendeskApi_v2", "Auth0", "Okta", "LaunchDarkly", "Flagsmith",
        "CloudinaryDotNet", "Algolia", "Honeybadger", "Exceptionless", "Elmah.Io", "Splunk", "Amazon", "Google.Cloud.Logging", "Google.GenAI",
        "Datadog", "NewRelic", "Elastic.Apm", "Mistral", "PostHog", "Amplitude", "Statsig",
    };

    [Fact]
    public void EveryCatalogLineOfTheseSdksNamesADeclaredSymbol()
    {
        var compilation = TestCompilations.Create(Declarations);
        var entries = Namespaces.SelectMany(CatalogProbe.EntriesUnder).ToList();

        Assert.True(entries.Count >= 70, $"only {entries.Count} entries");
        Assert.All(Namespaces, ns => Assert.NotEmpty(CatalogProbe.EntriesUnder(ns)));
        Assert.All(entries, entry => Assert.False(SymbolIds.Resolve(entry.SymbolId!, compilation).IsEmpty, $"{entry.SymbolId} names nothing"));
    }

    [Fact]
    public async Task CallsAreSinksOfTheirVendorWithTheirKindsRecipients()
    {
        var sinks = await CatalogProbe.SinksAsync(Declarations + """

            class C
            {
                void M(string email, Auth0.ManagementApi.Clients.IUsersClient users, LaunchDarkly.Sdk.Server.Interfaces.ILdClient flags, PostHog.IPostHogClient posthog,
                    Datadog.Trace.ISpan span, Amazon.BedrockRuntime.IAmazonBedrockRuntime bedrock, Customer customer)
                {
                    users.GetUsersByEmailAsync(email);
                    users.DeleteAsync(email);
                    flags.BoolVariation("beta", LaunchDarkly.Sdk.Context.Builder(email).Build());
                    flags.Track("signup", LaunchDarkly.Sdk.Context.Builder(email).Build());
                    _ = flags.Initialized;
                    posthog.IdentifyAsync(email, null, null, default);
                    PostHog.CaptureExtensions.Capture(posthog, email, "signup");
                    posthog.FlushAsync();
                    span.SetTag("user.email", email);
                    NewRelic.Api.Agent.NewRelic.SetUserParameters(email, "acme", "shop");
                    NewRelic.Api.Agent.NewRelic.IgnoreTransaction();
                    bedrock.ConverseAsync(new Amazon.BedrockRuntime.ConverseRequest { ModelId = email });
                    Amplitude.getInstance().setUserId(email);
                    Statsig.Server.StatsigServer.LogEvent(new Statsig.StatsigUser { Email = email }, "signup");
                    Statsig.Server.StatsigServer.Shutdown();
                }
            }
            class Customer : HubSpot.NET.Api.Contact.ContactHubSpotModel { }
            """);

        const RecipientKind Processor = RecipientKind.Processor;
        const RecipientKind Analytics = RecipientKind.Analytics | RecipientKind.ThirdParty;
        const RecipientKind Operations = RecipientKind.Logging | RecipientKind.Processor;
        CatalogProbe.AssertSink(sinks, "users.GetUsersByEmailAsync(email)", Processor, "Auth0");
        CatalogProbe.AssertSink(sinks, "flags.BoolVariation(\"beta\", LaunchDarkly.Sdk.Context.Builder(email).Build())", Processor, "LaunchDarkly");
        CatalogProbe.AssertSink(sinks, "flags.Track(\"signup\", LaunchDarkly.Sdk.Context.Builder(email).Build())", RecipientKind.Analytics | Processor, "LaunchDarkly");
        CatalogProbe.AssertSink(sinks, "posthog.IdentifyAsync(email, null, null, default)", Analytics, "PostHog");
        CatalogProbe.AssertSink(sinks, "PostHog.CaptureExtensions.Capture(posthog, email, \"signup\")", Analytics, "PostHog");
        CatalogProbe.AssertSink(sinks, "span.SetTag(\"user.email\", email)", Operations, "Datadog");
        CatalogProbe.AssertSink(sinks, "NewRelic.Api.Agent.NewRelic.SetUserParameters(email, \"acme\", \"shop\")", Operations, "New Relic");
        CatalogProbe.AssertSink(sinks, "bedrock.ConverseAsync(new Amazon.BedrockRuntime.ConverseRequest { ModelId = email })",
            RecipientKind.AIProvider | RecipientKind.ThirdParty, "Amazon Web Services");
        CatalogProbe.AssertSink(sinks, "Amplitude.getInstance().setUserId(email)", Analytics, "Amplitude");
        CatalogProbe.AssertSink(sinks, "Statsig.Server.StatsigServer.LogEvent(new Statsig.StatsigUser { Email = email }, \"signup\")", Analytics, "Statsig");
        Assert.Null(sinks["users.DeleteAsync(email)"]);
        Assert.Null(sinks["posthog.FlushAsync()"]);
        Assert.Null(sinks["NewRelic.Api.Agent.NewRelic.IgnoreTransaction()"]);
        Assert.Null(sinks["Statsig.Server.StatsigServer.Shutdown()"]);
        Assert.Null(sinks["Amplitude.getInstance()"]);
    }

    [Fact]
    public Task CrmIdentityAndFeatureFlagFlowsBreakAPromiseAgainstProcessors() => Test(Declarations + "\n" + """
        class Lead : HubSpot.NET.Api.Contact.ContactHubSpotModel { }
        class C
        {
            void M(Account a, HubSpot.NET.Api.Contact.HubSpotContactApi hubspot, Okta.Sdk.Api.IUserApiAsync okta, LaunchDarkly.Sdk.Server.Interfaces.ILdClient flags)
            {
                hubspot.CreateOrUpdate({|PRIV001:new Lead { Email = a.Email }|});
                okta.CreateUserAsync({|PRIV001:new { profile = new { email = a.Email } }|});
                flags.Identify({|PRIV001:LaunchDarkly.Sdk.Context.Builder("user-1").Set("phone", a.PhoneNumber).Build()|});
                flags.BoolVariation("beta", LaunchDarkly.Sdk.Context.Builder("user-1").Name(a.DisplayName).Build());
            }
        }
        """).WithRules("promise: user.contact ; never: processor ; Your contact details never leave our servers.").RunAsync();

    [Fact]
    public Task AnalyticsApmAndAIFlowsGetTheirRules() => Test(Declarations + "\n" + """
        class C
        {
            void M(Account a, PostHog.IPostHogClient posthog, Elastic.Apm.Api.IExecutionSegment transaction, Google.GenAI.Models models, Mistral.SDK.Completions.CompletionsEndpoint mistral)
            {
                posthog.Capture({|PRIV002:a.Email|}, "signup", null, null, false);
                transaction.SetLabel("user.phone", {|PRIV003:a.PhoneNumber|});
                models.GenerateContentAsync("gemini-2.5-flash", {|PRIV002:"Write to " + a.Email|});
                mistral.GetCompletionAsync({|PRIV002:new { messages = new[] { a.PhoneNumber } }|});
                Amplitude.getInstance().logEvent("signup", {|PRIV001:new Dictionary<string, object> { ["phone"] = a.PhoneNumber }|});
            }
        }
        """).WithRules("promise: user.contact.phone_number ; never: analytics ; We never analyse your phone number.").RunAsync();
}
