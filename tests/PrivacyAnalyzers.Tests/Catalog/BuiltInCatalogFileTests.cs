using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

public class BuiltInCatalogFileTests
{
    [Fact]
    public void TheEmbeddedCatalogParsesWithoutProblems()
    {
        var catalog = RulesLoader.BuiltInCatalog;

        Assert.Empty(catalog.Problems);
        Assert.True(catalog.Entries.Count(e => e.Kind == RulesEntryKind.Sink) >= 300, $"only {catalog.Entries.Length} entries");
        Assert.All(catalog.Entries, e => Assert.Contains(e.Kind, new[] { RulesEntryKind.Sink, RulesEntryKind.Source, RulesEntryKind.Host }));
    }

    [Fact]
    public void EveryBlockOfEntriesCitesWhereItsNamesWereVerified()
    {
        var blocks = RulesLoader.ReadCatalogText().Replace("\r", "").Split("\n\n");
        var entryBlocks = blocks.Where(b => b.Split('\n').Any(l => l.StartsWith("sink:", StringComparison.Ordinal) || l.StartsWith("source:", StringComparison.Ordinal) || l.StartsWith("host:", StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(entryBlocks);
        Assert.All(entryBlocks, block => Assert.Matches(@"(?m)^# .*(\bpackage [A-Za-z0-9.]+ \d|\bsource [\w-]+/[\w.-]+@[0-9a-f]{7}|\.NET 8 reference assemblies)", block));
    }

    /// <summary>Every row of the catalog table in docs/catalog.md, with its recipients and party.</summary>
    [Theory]
    [InlineData("M:Facebook.Unity.FB.LogAppEvent", "advertising, third_party", "Meta")]
    [InlineData("M:Facebook.Unity.FB.LogPurchase", "advertising, third_party", "Meta")]
    [InlineData("M:Xamarin.Facebook.AppEvents.AppEventsLogger.LogEvent", "advertising, third_party", "Meta")]
    [InlineData("M:Xamarin.Facebook.AppEvents.AppEventsLogger.LogPurchase", "advertising, third_party", "Meta")]
    [InlineData("M:Xamarin.Facebook.AppEvents.AppEventsLogger.SetUserData", "advertising, third_party", "Meta")]
    [InlineData("M:Xamarin.Facebook.AppEvents.AppEventsLogger.SetUserID", "advertising, third_party", "Meta")]
    [InlineData("M:Firebase.Analytics.FirebaseAnalytics.LogEvent", "analytics, advertising, third_party", "Google")]
    [InlineData("M:Firebase.Analytics.FirebaseAnalytics.SetUserProperty", "analytics, advertising, third_party", "Google")]
    [InlineData("M:Firebase.Analytics.FirebaseAnalytics.SetUserId", "analytics, advertising, third_party", "Google")]
    [InlineData("M:AppsFlyerSDK.AppsFlyer.sendEvent", "advertising, third_party", "AppsFlyer")]
    [InlineData("M:AppsFlyerSDK.AppsFlyer.setCustomerUserId", "advertising, third_party", "AppsFlyer")]
    [InlineData("M:AppsFlyerSDK.AppsFlyer.setUserEmails", "advertising, third_party", "AppsFlyer")]
    [InlineData("M:AdjustSdk.Adjust.TrackEvent", "advertising, third_party", "Adjust")]
    [InlineData("M:AdjustSdk.Adjust.AddGlobalCallbackParameter", "advertising, third_party", "Adjust")]
    [InlineData("M:Segment.Analytics.Analytics.Track", "analytics, third_party", "Segment")]
    [InlineData("M:Segment.Analytics.Analytics.Identify", "analytics, third_party", "Segment")]
    [InlineData("M:Segment.Analytics.Analytics.Screen", "analytics, third_party", "Segment")]
    [InlineData("M:Segment.Analytics.Analytics.Page", "analytics, third_party", "Segment")]
    [InlineData("M:Segment.Analytics.Analytics.Group", "analytics, third_party", "Segment")]
    [InlineData("M:Segment.Analytics.Analytics.Alias", "analytics, third_party", "Segment")]
    [InlineData("M:Mixpanel.MixpanelClient.Track*", "analytics, third_party", "Mixpanel")]
    [InlineData("M:Mixpanel.MixpanelClient.People*", "analytics, third_party", "Mixpanel")]
    [InlineData("M:Mixpanel.MixpanelClient.Alias*", "analytics, third_party", "Mixpanel")]
    [InlineData("M:Microsoft.AppCenter.Analytics.Analytics.TrackEvent", "analytics, processor", "Microsoft")]
    [InlineData("M:Microsoft.ApplicationInsights.TelemetryClient.TrackEvent", "analytics, processor", "Microsoft")]
    [InlineData("M:Microsoft.ApplicationInsights.TelemetryClient.TrackMetric", "analytics, processor", "Microsoft")]
    [InlineData("M:Microsoft.ApplicationInsights.TelemetryClient.TrackPageView", "analytics, processor", "Microsoft")]
    [InlineData("M:Microsoft.ApplicationInsights.TelemetryClient.TrackRequest", "analytics, processor", "Microsoft")]
    [InlineData("M:Microsoft.ApplicationInsights.TelemetryClient.TrackDependency", "analytics, processor", "Microsoft")]
    [InlineData("M:Microsoft.ApplicationInsights.TelemetryClient.TrackAvailability", "analytics, processor", "Microsoft")]
    [InlineData("M:Microsoft.ApplicationInsights.TelemetryClient.TrackTrace", "logging, processor", "Microsoft")]
    [InlineData("M:Microsoft.ApplicationInsights.TelemetryClient.TrackException", "logging, processor", "Microsoft")]
    [InlineData("M:Sentry.SentrySdk.Capture*", "logging, processor", "Sentry")]
    [InlineData("M:Sentry.SentrySdk.AddBreadcrumb", "logging, processor", "Sentry")]
    [InlineData("M:Sentry.SentrySdk.SetTag", "logging, processor", "Sentry")]
    [InlineData("M:Sentry.SentrySdk.SetExtra", "logging, processor", "Sentry")]
    [InlineData("P:Sentry.SentryUser.*", "logging, processor", "Sentry")]
    [InlineData("M:Microsoft.Extensions.Logging.ILogger.Log", "logging", null)]
    [InlineData("M:Microsoft.Extensions.Logging.LoggerExtensions.Log*", "logging", null)]
    [InlineData("M:Serilog.ILogger.Information", "logging", null)]
    [InlineData("M:Serilog.Log.Information", "logging", null)]
    [InlineData("M:NLog.ILogger.Info*", "logging", null)]
    [InlineData("M:NLog.Logger.Info*", "logging", null)]
    [InlineData("M:System.Console.Write*", "logging", null)]
    [InlineData("M:System.Diagnostics.Debug.Write*", "logging", null)]
    [InlineData("M:System.Diagnostics.Trace.Write*", "logging", null)]
    [InlineData("M:Microsoft.Extensions.AI.IChatClient.GetResponseAsync", "ai_provider, third_party", null)]
    [InlineData("M:Microsoft.Extensions.AI.IChatClient.GetStreamingResponseAsync", "ai_provider, third_party", null)]
    [InlineData("M:Microsoft.Extensions.AI.ChatClientExtensions.GetResponseAsync", "ai_provider, third_party", null)]
    [InlineData("M:Microsoft.Extensions.AI.ChatClientExtensions.GetStreamingResponseAsync", "ai_provider, third_party", null)]
    [InlineData("M:OpenAI.Chat.ChatClient.CompleteChat*", "ai_provider, third_party", "OpenAI")]
    public void EveryRowOfTheSpecTableIsInTheCatalog(string id, string recipients, string? party)
    {
        var entry = Assert.Single(RulesLoader.BuiltInCatalog.Entries, e => e.SymbolId == id);
        var expected = recipients.Split(", ").Aggregate(RecipientKind.None, (all, word) => RecipientKinds.TryParseWord(word, out var k) ? all | k : throw new ArgumentException(word));

        Assert.Equal(expected, entry.Recipients);
        Assert.Equal(party, entry.Party);
    }
}
