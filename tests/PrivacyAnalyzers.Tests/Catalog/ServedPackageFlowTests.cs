using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using static PrivacyAnalyzers.Tests.Catalog.CatalogFlowTests;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// A flow into each SDK of the catalog that is served as a real package, compiled against that package with
/// no setup but the prelude's annotations. Processors are silent unless a promise rules them out, so their
/// tests add one for contact details.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class ServedPackageFlowTests
{
    private const string NoVendors = "promise: user.contact ; never: processor ; Your contact details never leave our servers.";

    [Fact]
    public Task SendGridMessageAndRecipientAreHandedToSendGrid() => Test("""
        using SendGrid;
        using SendGrid.Helpers.Mail;
        class C
        {
            async Task M(ISendGridClient client, Account a)
            {
                var message = MailHelper.CreateSingleEmail(new EmailAddress("shop@acme.test"), new EmailAddress(a.Email), "Welcome", "Hi", "<p>Hi</p>");
                await client.SendEmailAsync({|PRIV001:message|});
                var reminder = new SendGridMessage();
                reminder.AddTo({|PRIV001:a.Email|});
                reminder.SetSubject("Reminder");
            }
        }
        """, ("SendGrid", "9.29.3"), ("Newtonsoft.Json", "13.0.3")).WithRules(NoVendors).RunAsync();

    [Fact]
    public Task TwilioSmsToThePhoneNumberIsHandedToTwilio() => Test("""
        using Twilio.Rest.Api.V2010.Account;
        using Twilio.Types;
        class C
        {
            void M(Account a)
            {
                MessageResource.Create(to: {|PRIV001:new PhoneNumber(a.PhoneNumber)|}, from: new PhoneNumber("+15550100"), body: "Your code is 1234");
                Twilio.Rest.Verify.V2.Service.VerificationResource.Create(to: {|PRIV001:a.PhoneNumber|}, channel: "sms", pathServiceSid: "VA0");
            }
        }
        """, ("Twilio", "8.2.0")).WithRules(NoVendors).RunAsync();

    [Fact]
    public Task StripeCustomerOptionsAreHandedToStripe() => Test("""
        using Stripe;
        class C { Customer M(CustomerService customers, Account a) => customers.Create({|PRIV001:new CustomerCreateOptions { Email = a.Email, Name = a.DisplayName }|}); }
        """, ("Stripe.net", "53.1.0"), ("Newtonsoft.Json", "13.0.3")).WithRules(NoVendors).RunAsync();

    [Fact]
    public Task StripeIsSilentWithoutAPromiseAgainstProcessors() => Test("""
        using Stripe;
        class C { Customer M(CustomerService customers, Account a) => customers.Create(new CustomerCreateOptions { Email = a.Email }); }
        """, ("Stripe.net", "53.1.0"), ("Newtonsoft.Json", "13.0.3")).RunAsync();

    [Fact]
    public Task ActivityTagsSpanAttributesAndBaggageAreUndisclosedLogging() => Test("""
        using System.Diagnostics;
        class C
        {
            void M(Activity activity, OpenTelemetry.Trace.TelemetrySpan span, Account a)
            {
                activity.SetTag("user.phone", {|PRIV003:a.PhoneNumber|});
                activity.AddEvent({|PRIV003:new ActivityEvent("signup", tags: new ActivityTagsCollection { { "email", a.Email } })|});
                span.SetAttribute("user.email", {|PRIV003:a.Email|});
                OpenTelemetry.Baggage.SetBaggage("user.email", {|PRIV003:a.Email|});
                activity.SetTag("user.id", a.Id);
            }
        }
        """, ("OpenTelemetry.Api", "1.21.0")).RunAsync();

    [Fact]
    public Task Log4NetMessagesAndContextPropertiesAreUndisclosedLogging() => Test("""
        class C
        {
            static readonly log4net.ILog Logger = log4net.LogManager.GetLogger(typeof(C));
            void M(Account a)
            {
                Logger.InfoFormat("Signed up {0}", {|PRIV003:a.PhoneNumber|});
                Logger.Warn({|PRIV003:a.Email|});
                log4net.ThreadContext.Properties["email"] = {|PRIV003:a.Email|};
                Logger.Info(a.DisplayName);
            }
        }
        """, ("log4net", "3.6.0")).RunAsync();

    [Fact]
    public Task SerilogWritesStayLoggingSinksWhenSeqIsTheTarget() => Test("""
        using Serilog;
        class C
        {
            void M(Account a)
            {
                Serilog.Log.Logger = new Serilog.LoggerConfiguration().WriteTo.Seq("http://seq.internal:5341").CreateLogger();
                Serilog.Log.Information("Signed up {Phone}", {|PRIV003:a.PhoneNumber|});
            }
        }
        """, ("Serilog", "4.4.0"), ("Serilog.Sinks.Seq", "9.1.0"), ("Serilog.Sinks.File", "7.0.0")).RunAsync();

    [Fact]
    public Task AzureOpenAIChatGoesThroughOpenAIsChatClient() => Test("""
        using Azure.AI.OpenAI;
        using OpenAI.Chat;
        class C { void M(AzureOpenAIClient azure, Account a) { azure.GetChatClient("gpt-4o").CompleteChat({|PRIV002:new UserChatMessage(a.Email)|}); } }
        """, ("Azure.AI.OpenAI", "2.1.0"), ("OpenAI", "2.1.0"), ("System.ClientModel", "1.5.1"), ("Azure.Core", "1.47.1")).RunAsync();

    [Fact]
    public Task SemanticKernelPromptsAndChatHistoryGoToTheModel() => Test("""
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        class C
        {
            async Task M(Kernel kernel, Account a)
            {
                await kernel.InvokePromptAsync({|PRIV002:$"Write a welcome note for {a.Email}"|});
                var history = new ChatHistory();
                history.AddUserMessage({|PRIV002:a.PhoneNumber|});
                history.AddSystemMessage("Be brief.");
            }
        }
        """, SemanticKernelPackages).RunAsync();

    [Fact]
    public Task OllamaChatIsAnAIProviderTheTeamRuns() => Test("""
        using OllamaSharp;
        class C { void M(OllamaApiClient ollama, Account a) { _ = new Chat(ollama).SendAsync({|PRIV002:"Hello " + a.Email|}); } }
        """, ("OllamaSharp", "5.5.2"), ("Microsoft.Extensions.AI.Abstractions", "10.8.0")).RunAsync();

    [Fact]
    public Task MailKitAndSystemNetMailSendsAreHandedToTheMailRelay() => Test("""
        using MailKit.Net.Smtp;
        using MimeKit;
        class C
        {
            void M(SmtpClient smtp, System.Net.Mail.SmtpClient legacy, Account a)
            {
                var message = new MimeMessage(new[] { new MailboxAddress("Shop", "shop@acme.test") }, new[] { new MailboxAddress(a.DisplayName, a.Email) }, "Welcome", new TextPart("plain") { Text = "Hi" });
                smtp.Send({|PRIV001:message|});
                legacy.Send("shop@acme.test", {|PRIV001:a.Email|}, "Welcome", "Hi");
            }
        }
        """, ("MailKit", "4.18.2"), ("MimeKit", "4.18.2")).WithRules(NoVendors).RunAsync();

    private static readonly (string, string)[] SemanticKernelPackages = RealPackageCatalogTests.SemanticKernelDependencies.Split(';')
        .Skip(1).Select(d => (d.Split('/')[0], d.Split('/')[1])).Prepend(("Microsoft.SemanticKernel.Core", "1.82.0")).ToArray();
}
