using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Flow;
using PrivacyAnalyzers.Tests.Infrastructure;
using FlowTest = PrivacyAnalyzers.Tests.Infrastructure.AnalyzerTest<PrivacyAnalyzers.Rules.PrivacyFlowAnalyzer>;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// End to end: the flow analyzer over code that calls real SDK packages (or, for SDKs not served here,
/// declarations with their real signatures), with no setup beyond the annotations: the catalog alone
/// makes the calls sinks. The prelude's promise covers the phone number for advertising and affiliates.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class CatalogFlowTests
{
    internal static FlowTest Test(string code, params (string Id, string Version)[] packages)
    {
        // The prelude declares assembly attributes, so the snippet's using directives go before it.
        var lines = code.Split('\n');
        var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        var test = new FlowTest(string.Join("\n", usings) + "\n" + FlowVerifier.Prelude + string.Join("\n", lines.Skip(usings.Count)));
        if (packages.Length > 0)
        {
            test.WithPackages(packages);
        }

        return test;
    }

    [Fact]
    public Task SentryCaptureMessageOfAPhoneNumberIsUndisclosedLogging() => Test("""
        class C { void M(Account a) { Sentry.SentrySdk.CaptureMessage({|PRIV003:a.PhoneNumber|}); } }
        """, ("Sentry", "6.12.1")).RunAsync();

    [Fact]
    public Task SentryUserEmailSetterIsUndisclosedLogging() => Test("""
        class C { Sentry.SentryUser M(Account a) => new Sentry.SentryUser { Email = {|PRIV003:a.Email|} }; }
        """, ("Sentry", "6.12.1")).RunAsync();

    [Fact]
    public Task MicrosoftLoggerParamsElementIsUndisclosedLogging() => Test("""
        using Microsoft.Extensions.Logging;
        class C { void M(ILogger<C> logger, Account a) { logger.LogInformation("Signed up {Phone} as {Name}", {|PRIV003:a.PhoneNumber|}, a.DisplayName); } }
        """, ("Microsoft.Extensions.Logging.Abstractions", "8.0.2")).RunAsync();

    [Fact]
    public Task MicrosoftLoggerHandsOverTheMessageArgumentsAndExceptionNotTheLoggerLevelOrEventId() => Test("""
        using Microsoft.Extensions.Logging;
        class C
        {
            void M(ILogger<C> logger, Account a)
            {
                logger.LogInformation(new EventId(7, a.Email), "Signed up {Name}", a.DisplayName); // only the message, its arguments and the exception are handed over
                logger.Log(LogLevel.Warning, new EventId(1, a.DisplayName), {|PRIV003:new System.Exception(a.Email)|}, "Failed for {Name}", a.DisplayName);
                logger.LogError({|PRIV003:"Failed for " + a.Email|});
                using var scope = logger.BeginScope("Order of {Customer}", {|PRIV003:a.PhoneNumber|});
            }
        }
        """, ("Microsoft.Extensions.Logging.Abstractions", "8.0.2")).RunAsync();

    [Fact]
    public Task WhatAnAIToolReturnsGoesToTheModelsProvider() => Test("""
        using Microsoft.Extensions.AI;
        class Tools
        {
            private readonly Account _account = new();
            private string Contact() => _account.PhoneNumber;
            private string Greeting() => "Hello " + _account.DisplayName;
            public AIFunction[] All(Account a) => new[]
            {
                AIFunctionFactory.Create(() => {|PRIV002:a.Email|}),
                AIFunctionFactory.Create((int id) => id > 0 ? "known" : "unknown"),
                AIFunctionFactory.Create({|PRIV002:Contact|}),
                AIFunctionFactory.Create(Greeting),
            };
        }
        """, ("Microsoft.Extensions.AI.Abstractions", "10.11.0"), ("System.Text.Json", "10.0.15"), ("System.Text.Encodings.Web", "10.0.15"), ("System.IO.Pipelines", "10.0.15")).RunAsync();

    [Fact]
    public Task SerilogStaticLogIsUndisclosedLogging() => Test("""
        class C { void M(Account a) { Serilog.Log.Information("Signed up {Phone}", {|PRIV003:a.PhoneNumber|}); } }
        """, ("Serilog", "4.4.0")).RunAsync();

    // Serilog targets that leave the machine (Seq here) are chosen in configuration, not at the call: the logger's calls are
    // the sinks (logging), whatever WriteTo says. A team whose logs reach another party says so in its own rules.
    [Fact]
    public Task SerilogWritingToSeqIsUndisclosedLogging() => Test("""
        using Serilog;
        class C
        {
            void M(Account a)
            {
                using var log = new LoggerConfiguration().WriteTo.Seq("https://seq.example.com").CreateLogger();
                log.Information("Signed up {Email}", {|PRIV003:a.Email|});
                Serilog.Log.Logger = log;
                Serilog.Log.Warning("Signed up {Phone}", {|PRIV003:a.PhoneNumber|});
            }
        }
        """, ("Serilog", "4.4.0"), ("Serilog.Sinks.Seq", "9.1.0")).RunAsync();

    [Fact]
    public Task NLogLoggerIsUndisclosedLogging() => Test("""
        class C { static readonly NLog.Logger Logger = NLog.LogManager.GetCurrentClassLogger(); void M(Account a) { Logger.Info({|PRIV003:a.Email|}); } }
        """, ("NLog", "6.2.2")).RunAsync();

    [Fact]
    public Task ApplicationInsightsEventIsUndisclosedAnalytics() => Test("""
        class C { void M(Microsoft.ApplicationInsights.TelemetryClient client, Account a) { client.TrackEvent({|PRIV002:a.Email|}); client.TrackTrace({|PRIV003:a.Email|}); } }
        """, ("Microsoft.ApplicationInsights", "2.22.0")).RunAsync();

    [Fact]
    public Task ChatClientPromptIsUndisclosedSharingWithAnAIProvider() => Test("""
        using Microsoft.Extensions.AI;
        class C { System.Threading.Tasks.Task M(IChatClient chat, Account a) => chat.GetResponseAsync({|PRIV002:"Summarize " + a.PhoneNumber|}); }
        """, ("Microsoft.Extensions.AI.Abstractions", "9.5.0")).RunAsync();

    [Fact]
    public Task OpenAIChatMessageIsUndisclosedSharingWithOpenAI() => Test("""
        using OpenAI.Chat;
        class C { void M(ChatClient chat, Account a) { chat.CompleteChat({|PRIV002:new UserChatMessage(a.Email)|}); } }
        """, ("OpenAI", "2.15.0"), ("System.ClientModel", "1.16.0")).RunAsync();

    [Fact]
    public Task ConsoleIsLoggingUnlessTheCatalogIsOff()
    {
        const string Code = "class C { void M(Account a) { System.Console.WriteLine({|PRIV003:a.PhoneNumber|}); } }";
        var off = Test(Code.Replace("{|PRIV003:", "").Replace("|}", "")).WithGlobalConfig("privacy_analyzers.catalog = none");
        return Task.WhenAll(Test(Code).RunAsync(), off.RunAsync());
    }

    [Fact]
    public Task CatalogCanBeTurnedOffFromAnEditorConfigSection()
    {
        var test = Test("class C { void M(Account a) { System.Console.WriteLine(a.PhoneNumber); } }");
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nprivacy_analyzers.catalog = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task FacebookAppEventBreaksThePhonePromise() => Test("""
        namespace UnityEngine { public class ScriptableObject { } }
        namespace Facebook.Unity
        {
            // facebook/facebook-sdk-for-unity Facebook.Unity/FB.cs
            public sealed class FB : UnityEngine.ScriptableObject
            {
                public static void LogAppEvent(string logEvent, float? valueToSum = null, System.Collections.Generic.Dictionary<string, object> parameters = null) { }
            }
        }
        class C { void M(Account a) { Facebook.Unity.FB.LogAppEvent({|#0:a.PhoneNumber|}); } }
        """).WithExpected(new DiagnosticResult("PRIV001", DiagnosticSeverity.Error).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("user.contact.phone_number from 'Account.PhoneNumber' reaches advertising sink 'FB.LogAppEvent' (Meta), breaking the promise \"We never share your phone number with advertisers.\""))
        .RunAsync();

    [Fact]
    public Task RulesFileSinkAndPromiseWorkLikeAttributes() => Test("""
        namespace Acme { public static class Crm { public static void Push(string value) { } } }
        class C { void M(Account a) { Acme.Crm.Push({|PRIV001:a.Email|}); } }
        """).WithRules("""
            sink: M:Acme.Crm.Push ; third_party ; Acme CRM   # the CRM vendor
            promise: user.contact ; never: third_party ; Contact details stay with us.
            """).RunAsync();

    [Fact]
    public Task RedactedValueIsCleanAndClassifiedLoggerMessageParameterIsNoSink() => Test("""
        using Microsoft.Extensions.Compliance.Classification;
        using Microsoft.Extensions.Compliance.Redaction;
        using Microsoft.Extensions.Logging;

        public sealed class PhoneAttribute : DataClassificationAttribute
        {
            public PhoneAttribute() : base(new DataClassification("fides", "user.contact.phone_number")) { }
        }

        public class Customer { [Phone] public string Mobile { get; set; } = ""; }

        static partial class Logs
        {
            [LoggerMessage(1, LogLevel.Information, "Customer {Mobile}")]
            public static void Classified(ILogger logger, [Phone] string mobile) { }

            [LoggerMessage(2, LogLevel.Information, "Customer {Mobile}")]
            public static void Plain(ILogger logger, string mobile) { }
        }

        class C
        {
            void M(ILogger logger, Redactor redactor, Customer c)
            {
                logger.LogInformation("Customer {Mobile}", redactor.Redact(c.Mobile));
                Logs.Classified(logger, c.Mobile);
                Logs.Plain(logger, {|PRIV003:c.Mobile|});
                Facebook.Ads.Track({|PRIV001:c.Mobile|});
            }
        }

        namespace Facebook { public static class Ads { [PrivacyAnalyzers.DataSink(PrivacyAnalyzers.Recipient.Advertising)] public static void Track(string value) { } } }
        """,
        ("Microsoft.Extensions.Compliance.Abstractions", "8.10.0"), ("Microsoft.Extensions.Compliance.Redaction", "8.10.0"),
        ("Microsoft.Extensions.Logging.Abstractions", "8.0.2"), ("Microsoft.Extensions.ObjectPool", "8.0.11")).RunAsync();
}

internal static class AnalyzerTestExtensions
{
    public static FlowTest WithExpected(this FlowTest test, params DiagnosticResult[] expected)
    {
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
