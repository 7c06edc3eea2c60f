using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// SDKs whose packages are not served here (mobile ad and analytics SDKs, some error trackers): the catalog
/// against declarations that copy the public signatures cited in BuiltInSinks.txt.
/// </summary>
public class UnservedSdkCatalogTests
{
    /// <summary>Public surface of each SDK, as its cited source declares it (bodies elided).</summary>
    private const string Declarations = """
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Threading.Tasks;

        namespace UnityEngine { public class MonoBehaviour { } public class ScriptableObject { } }

        namespace Facebook.Unity
        {
            public sealed class FB : UnityEngine.ScriptableObject
            {
                public static void LogAppEvent(string logEvent, float? valueToSum = null, Dictionary<string, object> parameters = null) { }
                public static void LogPurchase(decimal logPurchase, string currency = null, Dictionary<string, object> parameters = null) { }
                public static void LogPurchase(float logPurchase, string currency = null, Dictionary<string, object> parameters = null) { }
                public static void ActivateApp() { }
            }
        }

        namespace Android.OS { public class Bundle { public void PutString(string key, string value) { } } }
        namespace Java.Math { public class BigDecimal { public BigDecimal(double value) { } } }
        namespace Java.Util { public class Currency { public static Currency GetInstance(string code) => null; } }
        namespace Xamarin.Facebook.AppEvents
        {
            public class AppEventsLogger
            {
                public static AppEventsLogger NewLogger(object context) => null;
                public virtual void LogEvent(string eventName) { }
                public virtual void LogEvent(string eventName, double valueToSum) { }
                public virtual void LogEvent(string eventName, Android.OS.Bundle parameters) { }
                public virtual void LogEvent(string eventName, double valueToSum, Android.OS.Bundle parameters) { }
                public virtual void LogPurchase(Java.Math.BigDecimal purchaseAmount, Java.Util.Currency currency) { }
                public virtual void LogPurchase(Java.Math.BigDecimal purchaseAmount, Java.Util.Currency currency, Android.OS.Bundle parameters) { }
                public virtual void LogProductItem(string itemID, object availability, object condition, string description, string imageLink, string link, string title, Java.Math.BigDecimal priceAmount, Java.Util.Currency currency, string gtin, string mpn, string brand, Android.OS.Bundle parameters) { }
                public static void SetUserData(Android.OS.Bundle userData) { }
                public static void SetUserData(string email, string firstName, string lastName, string phone, string dateOfBirth, string gender, string city, string state, string zip, string country) { }
                public static void SetUserID(string userID) { }
                public static void UpdateUserProperties(Android.OS.Bundle parameters, object callback) { }
                public static void UpdateUserProperties(Android.OS.Bundle parameters, string applicationID, object callback) { }
                public virtual void Flush() { }
            }
        }

        namespace Firebase.Analytics
        {
            public class Parameter { public Parameter(string parameterName, string parameterValue) { } }
            public static partial class FirebaseAnalytics
            {
                public static void LogEvent(string name) { }
                public static void LogEvent(string name, string parameterName, string parameterValue) { }
                public static void LogEvent(string name, string parameterName, double parameterValue) { }
                public static void LogEvent(string name, string parameterName, long parameterValue) { }
                public static void LogEvent(string name, string parameterName, int parameterValue) { }
                public static void LogEvent(string name, params Parameter[] parameters) { }
                public static void LogEvent(string name, IEnumerable<Parameter> parameters) { }
                public static void SetUserProperty(string name, string property) { }
                public static void SetUserId(string userId) { }
                public static void SetDefaultEventParameters(params Parameter[] parameters) { }
                public static void InitiateOnDeviceConversionMeasurementWithEmailAddress(string emailAddress) { }
                public static void InitiateOnDeviceConversionMeasurementWithPhoneNumber(string phoneNumber) { }
                public static void SetAnalyticsCollectionEnabled(bool enabled) { }
            }
        }

        namespace AppsFlyerSDK
        {
            public enum EmailCryptType { EmailCryptTypeNone, EmailCryptTypeSHA256 }
            public class AFAdRevenueData { }
            public class AppsFlyer : UnityEngine.MonoBehaviour
            {
                public static void sendEvent(string eventName, Dictionary<string, string> eventValues) { }
                public static void setCustomerUserId(string id) { }
                public static void setAdditionalData(Dictionary<string, string> customData) { }
                public static void logAdRevenue(AFAdRevenueData adRevenueData, Dictionary<string, string> additionalParameters) { }
                public static void setUserEmails(EmailCryptType cryptType, params string[] userEmails) { }
                public static void setPhoneNumber(string phoneNumber) { }
                public static void startSDK() { }
            }
        }

        namespace AdjustSdk
        {
            public class AdjustEvent
            {
                public AdjustEvent(string eventToken) { }
                public void AddCallbackParameter(string key, string value) { }
                public void AddPartnerParameter(string key, string value) { }
            }
            public class AdjustAdRevenue { }
            public class AdjustThirdPartySharing { }
            public class Adjust : UnityEngine.MonoBehaviour
            {
                public static void TrackEvent(AdjustEvent adjustEvent) { }
                public static void AddGlobalCallbackParameter(string key, string value) { }
                public static void AddGlobalPartnerParameter(string key, string value) { }
                public static void TrackAdRevenue(AdjustAdRevenue adRevenue) { }
                public static void TrackThirdPartySharing(AdjustThirdPartySharing thirdPartySharing) { }
                public static void Enable() { }
            }
        }

        namespace Segment.Serialization { public class JsonObject { } }
        namespace Segment.Analytics
        {
            using Segment.Serialization;
            public class RawEvent { }
            public interface ISerializable { }
            public partial class Analytics
            {
                public virtual void Track(string name, JsonObject properties = default, Func<RawEvent, RawEvent> enrichment = default) { }
                public virtual void Track<T>(string name, T properties = default, Func<RawEvent, RawEvent> enrichment = default) where T : ISerializable { }
                public virtual void Identify(string userId, JsonObject traits = default, Func<RawEvent, RawEvent> enrichment = default) { }
                public virtual void Identify(JsonObject traits, Func<RawEvent, RawEvent> enrichment = default) { }
                public virtual void Screen(string title, JsonObject properties = default, string category = "", Func<RawEvent, RawEvent> enrichment = default) { }
                public virtual void Page(string title, JsonObject properties = default, string category = "", Func<RawEvent, RawEvent> enrichment = default) { }
                public virtual void Group(string groupId, JsonObject traits = default, Func<RawEvent, RawEvent> enrichment = default) { }
                public virtual void Alias(string newId, Func<RawEvent, RawEvent> enrichment = default) { }
                public virtual void Flush() { }
            }
        }

        namespace Mixpanel
        {
            public interface IMixpanelClient
            {
                Task<bool> TrackAsync(string @event, object properties, System.Threading.CancellationToken cancellationToken = default);
                Task<bool> PeopleSetAsync(object properties, System.Threading.CancellationToken cancellationToken = default);
                Task<bool> AliasAsync(object distinctId, object alias, System.Threading.CancellationToken cancellationToken = default);
            }
            public sealed partial class MixpanelClient : IMixpanelClient
            {
                public MixpanelClient(string token) { }
                public Task<bool> TrackAsync(string @event, object properties, System.Threading.CancellationToken cancellationToken = default) => null;
                public Task<bool> PeopleSetAsync(object properties, System.Threading.CancellationToken cancellationToken = default) => null;
                public Task<bool> AliasAsync(object distinctId, object alias, System.Threading.CancellationToken cancellationToken = default) => null;
                public Task<bool> SendAsync(params object[] messages) => null;
            }
        }

        namespace Microsoft.AppCenter { public partial class AppCenter { public static void SetUserId(string userId) { } } }
        namespace Microsoft.AppCenter.Analytics { public class Analytics { public static void TrackEvent(string name, IDictionary<string, string> properties = null) { } } }
        namespace Microsoft.AppCenter.Crashes { public class ErrorAttachmentLog { } public partial class Crashes { public static void TrackError(Exception exception, IDictionary<string, string> properties = null, params ErrorAttachmentLog[] attachments) { } } }

        namespace Mindscape.Raygun4Net
        {
            public class RaygunIdentifierMessage { public RaygunIdentifierMessage(string user) { } }
            public class RaygunMessage { }
            public abstract class RaygunClientBase
            {
                public virtual RaygunIdentifierMessage UserInfo { get; set; }
                public void Send(Exception exception) { }
                public void Send(Exception exception, IList<string> tags) { }
                public void Send(Exception exception, IList<string> tags, IDictionary userCustomData) { }
                public virtual Task SendInBackground(Exception exception, IList<string> tags = null, IDictionary userCustomData = null, RaygunIdentifierMessage userInfo = null) => null;
                public Task Send(RaygunMessage raygunMessage) => null;
            }
            public class RaygunClient : RaygunClientBase { public RaygunClient(string apiKey) { } }
        }

        namespace Bugsnag
        {
            public delegate void Middleware(object report);
            public interface IBreadcrumbs { void Leave(string message); }
            public interface IClient
            {
                void Notify(Exception exception);
                void Notify(Exception exception, Middleware callback);
                IBreadcrumbs Breadcrumbs { get; }
            }
        }

        namespace Rollbar
        {
            public interface ILogger
            {
                ILogger Log(object data);
                ILogger Critical(object obj, IDictionary<string, object> custom = null);
                ILogger Error(object obj, IDictionary<string, object> custom = null);
                ILogger Warning(object obj, IDictionary<string, object> custom = null);
                ILogger Info(object obj, IDictionary<string, object> custom = null);
                ILogger Debug(object obj, IDictionary<string, object> custom = null);
            }
        }
        """;

    private static readonly string[] Namespaces =
    {
        "Facebook.Unity", "Xamarin.Facebook", "Firebase.Analytics", "AppsFlyerSDK", "AdjustSdk", "Segment.Analytics",
        "Mixpanel", "Microsoft.AppCenter", "Mindscape.Raygun4Net", "Bugsnag", "Rollbar",
    };

    [Fact]
    public async Task EveryCatalogLineOfTheUnservedSdksNamesADeclaredSymbol()
    {
        var compilation = Compile("");
        var entries = Namespaces.SelectMany(CatalogProbe.EntriesUnder).ToList();

        Assert.True(entries.Count >= 50, $"only {entries.Count} entries");
        Assert.All(entries, entry =>
        {
            Assert.False(SymbolIds.Resolve(entry.SymbolId!, compilation).IsEmpty, $"{entry.SymbolId} names nothing");
        });
    }

    [Fact]
    public async Task AdvertisingSdkCallsAreAdvertisingSinksOfTheirParty()
    {
        var sinks = await SinksAsync("""
            class C
            {
                void M(string phone, Xamarin.Facebook.AppEvents.AppEventsLogger logger, Android.OS.Bundle bundle, AdjustSdk.AdjustEvent adjustEvent)
                {
                    Facebook.Unity.FB.LogAppEvent("signup", null, new System.Collections.Generic.Dictionary<string, object> { ["phone"] = phone });
                    Facebook.Unity.FB.LogPurchase(9.99m, "EUR");
                    Facebook.Unity.FB.ActivateApp();
                    logger.LogEvent("signup", bundle);
                    Xamarin.Facebook.AppEvents.AppEventsLogger.SetUserData(null, null, null, phone, null, null, null, null, null, null);
                    Xamarin.Facebook.AppEvents.AppEventsLogger.SetUserID(phone);
                    AppsFlyerSDK.AppsFlyer.sendEvent("signup", null);
                    AppsFlyerSDK.AppsFlyer.setCustomerUserId(phone);
                    AppsFlyerSDK.AppsFlyer.setUserEmails(AppsFlyerSDK.EmailCryptType.EmailCryptTypeSHA256, phone);
                    AppsFlyerSDK.AppsFlyer.startSDK();
                    AdjustSdk.Adjust.TrackEvent(adjustEvent);
                    AdjustSdk.Adjust.AddGlobalCallbackParameter("phone", phone);
                    adjustEvent.AddPartnerParameter("phone", phone);
                    AdjustSdk.Adjust.Enable();
                }
            }
            """);

        const RecipientKind Ads = RecipientKind.Advertising | RecipientKind.ThirdParty;
        CatalogProbe.AssertSink(sinks, "Facebook.Unity.FB.LogAppEvent(\"signup\", null, new System.Collections.Generic.Dictionary<string, object> { [\"phone\"] = phone })", Ads, "Meta");
        CatalogProbe.AssertSink(sinks, "Facebook.Unity.FB.LogPurchase(9.99m, \"EUR\")", Ads, "Meta");
        CatalogProbe.AssertSink(sinks, "logger.LogEvent(\"signup\", bundle)", Ads, "Meta");
        CatalogProbe.AssertSink(sinks, "Xamarin.Facebook.AppEvents.AppEventsLogger.SetUserData(null, null, null, phone, null, null, null, null, null, null)", Ads, "Meta");
        CatalogProbe.AssertSink(sinks, "Xamarin.Facebook.AppEvents.AppEventsLogger.SetUserID(phone)", Ads, "Meta");
        CatalogProbe.AssertSink(sinks, "AppsFlyerSDK.AppsFlyer.sendEvent(\"signup\", null)", Ads, "AppsFlyer");
        CatalogProbe.AssertSink(sinks, "AppsFlyerSDK.AppsFlyer.setCustomerUserId(phone)", Ads, "AppsFlyer");
        CatalogProbe.AssertSink(sinks, "AppsFlyerSDK.AppsFlyer.setUserEmails(AppsFlyerSDK.EmailCryptType.EmailCryptTypeSHA256, phone)", Ads, "AppsFlyer");
        CatalogProbe.AssertSink(sinks, "AdjustSdk.Adjust.TrackEvent(adjustEvent)", Ads, "Adjust");
        CatalogProbe.AssertSink(sinks, "AdjustSdk.Adjust.AddGlobalCallbackParameter(\"phone\", phone)", Ads, "Adjust");
        CatalogProbe.AssertSink(sinks, "adjustEvent.AddPartnerParameter(\"phone\", phone)", Ads, "Adjust");
        Assert.Null(sinks["Facebook.Unity.FB.ActivateApp()"]);
        Assert.Null(sinks["AppsFlyerSDK.AppsFlyer.startSDK()"]);
        Assert.Null(sinks["AdjustSdk.Adjust.Enable()"]);
    }

    [Fact]
    public async Task AnalyticsSdkCallsAreAnalyticsSinksOfTheirParty()
    {
        var sinks = await SinksAsync("""
            class C
            {
                async System.Threading.Tasks.Task M(string phone, Segment.Analytics.Analytics segment, Mixpanel.MixpanelClient mixpanel, Mixpanel.IMixpanelClient client)
                {
                    Firebase.Analytics.FirebaseAnalytics.LogEvent("signup", "phone", phone);
                    Firebase.Analytics.FirebaseAnalytics.LogEvent("signup", new Firebase.Analytics.Parameter("phone", phone));
                    Firebase.Analytics.FirebaseAnalytics.SetUserProperty("phone", phone);
                    Firebase.Analytics.FirebaseAnalytics.SetUserId(phone);
                    Firebase.Analytics.FirebaseAnalytics.SetAnalyticsCollectionEnabled(true);
                    segment.Track("signup");
                    segment.Identify(phone);
                    segment.Alias(phone);
                    segment.Flush();
                    await mixpanel.TrackAsync("signup", new { phone });
                    await mixpanel.PeopleSetAsync(new { phone });
                    await client.AliasAsync(phone, "x");
                    await mixpanel.SendAsync();
                    Microsoft.AppCenter.Analytics.Analytics.TrackEvent("signup", new System.Collections.Generic.Dictionary<string, string> { ["phone"] = phone });
                }
            }
            """);

        const RecipientKind Google = RecipientKind.Analytics | RecipientKind.Advertising | RecipientKind.ThirdParty;
        const RecipientKind Analytics = RecipientKind.Analytics | RecipientKind.ThirdParty;
        CatalogProbe.AssertSink(sinks, "Firebase.Analytics.FirebaseAnalytics.LogEvent(\"signup\", \"phone\", phone)", Google, "Google");
        CatalogProbe.AssertSink(sinks, "Firebase.Analytics.FirebaseAnalytics.LogEvent(\"signup\", new Firebase.Analytics.Parameter(\"phone\", phone))", Google, "Google");
        CatalogProbe.AssertSink(sinks, "Firebase.Analytics.FirebaseAnalytics.SetUserProperty(\"phone\", phone)", Google, "Google");
        CatalogProbe.AssertSink(sinks, "Firebase.Analytics.FirebaseAnalytics.SetUserId(phone)", Google, "Google");
        CatalogProbe.AssertSink(sinks, "segment.Track(\"signup\")", Analytics, "Segment");
        CatalogProbe.AssertSink(sinks, "segment.Identify(phone)", Analytics, "Segment");
        CatalogProbe.AssertSink(sinks, "segment.Alias(phone)", Analytics, "Segment");
        CatalogProbe.AssertSink(sinks, "mixpanel.TrackAsync(\"signup\", new { phone })", Analytics, "Mixpanel");
        CatalogProbe.AssertSink(sinks, "mixpanel.PeopleSetAsync(new { phone })", Analytics, "Mixpanel");
        CatalogProbe.AssertSink(sinks, "client.AliasAsync(phone, \"x\")", Analytics, "Mixpanel");
        CatalogProbe.AssertSink(sinks, "Microsoft.AppCenter.Analytics.Analytics.TrackEvent(\"signup\", new System.Collections.Generic.Dictionary<string, string> { [\"phone\"] = phone })",
            RecipientKind.Analytics | RecipientKind.Processor, "Microsoft");
        Assert.Null(sinks["Firebase.Analytics.FirebaseAnalytics.SetAnalyticsCollectionEnabled(true)"]);
        Assert.Null(sinks["segment.Flush()"]);
        Assert.Null(sinks["mixpanel.SendAsync()"]);
    }

    [Fact]
    public async Task ErrorTrackerCallsAreLoggingProcessorSinks()
    {
        var sinks = await SinksAsync("""
            class C
            {
                void M(string phone, Mindscape.Raygun4Net.RaygunClient raygun, Bugsnag.IClient bugsnag, Rollbar.ILogger rollbar)
                {
                    raygun.Send(new System.Exception(phone));
                    raygun.SendInBackground(new System.Exception(phone));
                    raygun.UserInfo = new Mindscape.Raygun4Net.RaygunIdentifierMessage(phone);
                    bugsnag.Notify(new System.Exception(phone));
                    bugsnag.Breadcrumbs.Leave(phone);
                    rollbar.Error(phone);
                    Microsoft.AppCenter.Crashes.Crashes.TrackError(new System.Exception(phone));
                }
            }
            """);

        const RecipientKind Errors = RecipientKind.Logging | RecipientKind.Processor;
        CatalogProbe.AssertSink(sinks, "raygun.Send(new System.Exception(phone))", Errors, "Raygun");
        CatalogProbe.AssertSink(sinks, "raygun.SendInBackground(new System.Exception(phone))", Errors, "Raygun");
        CatalogProbe.AssertSink(sinks, "raygun.UserInfo = new Mindscape.Raygun4Net.RaygunIdentifierMessage(phone)", Errors, "Raygun");
        CatalogProbe.AssertSink(sinks, "bugsnag.Notify(new System.Exception(phone))", Errors, "Bugsnag");
        CatalogProbe.AssertSink(sinks, "bugsnag.Breadcrumbs.Leave(phone)", Errors, "Bugsnag");
        CatalogProbe.AssertSink(sinks, "rollbar.Error(phone)", Errors, "Rollbar");
        CatalogProbe.AssertSink(sinks, "Microsoft.AppCenter.Crashes.Crashes.TrackError(new System.Exception(phone))", Errors, "Microsoft");
    }

    private static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compile(string usage) =>
        TestCompilations.Create(WithDeclarations(usage));

    private static Task<Dictionary<string, SinkInfo?>> SinksAsync(string usage) => CatalogProbe.SinksAsync(WithDeclarations(usage));

    private static string WithDeclarations(string usage) => "#nullable disable\n" + Declarations + "\n" + usage;
}
