using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using static PrivacyAnalyzers.Tests.Catalog.CatalogFlowTests;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// Messaging and payment SDKs whose packages are not served here: the catalog against declarations that copy
/// the public signatures cited in Messaging.txt and Payments.txt (bodies elided).
/// </summary>
public class UnservedMessagingAndPaymentsTests
{
    internal const string Declarations = """
        #nullable disable
        namespace PostmarkDotNet
        {
            public class PostmarkResponse { }
            public class PostmarkMessage { public string To { get; set; } public string TextBody { get; set; } }
            public partial interface IPostmarkClient
            {
                PostmarkResponse SendMessage(string from, string to, string subject, string body);
                PostmarkResponse SendMessage(PostmarkMessage message);
                System.Collections.Generic.IEnumerable<PostmarkResponse> SendMessages(params PostmarkMessage[] messages);
                PostmarkResponse GetDeliveryStats();
            }
        }
        namespace Resend
        {
            public class EmailMessage { public string To { get; set; } public string HtmlBody { get; set; } }
            public interface IResend { System.Threading.Tasks.Task<object> EmailSendAsync(EmailMessage email, System.Threading.CancellationToken cancellationToken = default); }
        }
        namespace brevo_csharp.Api
        {
            public partial class TransactionalEmailsApi { public object SendTransacEmail(object sendSmtpEmail) => null; public System.Threading.Tasks.Task<object> SendTransacEmailAsync(object sendSmtpEmail) => null; }
        }
        namespace Mailjet.Client
        {
            public interface IMailjetClient
            {
                System.Threading.Tasks.Task<object> PostAsync(object request);
                System.Threading.Tasks.Task<object> SendTransactionalEmailAsync(object transactionalEmail, bool isSandboxMode = false, bool advanceErrorHandling = true);
                System.Threading.Tasks.Task<object> SendTransactionalEmailsAsync(System.Collections.Generic.IEnumerable<object> transactionalEmails, bool isSandboxMode = false, bool advanceErrorHandling = true);
            }
        }
        namespace Azure { public enum WaitUntil { Completed, Started } }
        namespace Azure.Communication.Email
        {
            public class EmailMessage { public EmailMessage(string senderAddress, string recipientAddress, object content) { } }
            public class EmailSendOperation { }
            public class EmailClient
            {
                public virtual EmailSendOperation Send(Azure.WaitUntil wait, EmailMessage message, System.Threading.CancellationToken cancellationToken = default) => null;
                public virtual EmailSendOperation Send(Azure.WaitUntil wait, string senderAddress, string recipientAddress, string subject, string htmlContent, string plainTextContent = default, System.Threading.CancellationToken cancellationToken = default) => null;
                public virtual System.Threading.Tasks.Task<EmailSendOperation> SendAsync(Azure.WaitUntil wait, EmailMessage message, System.Threading.CancellationToken cancellationToken = default) => null;
            }
        }
        namespace Azure.Communication.Sms
        {
            public class SmsClient
            {
                public virtual object Send(string from, string to, string message, object options = default, System.Threading.CancellationToken cancellationToken = default) => null;
                public virtual System.Threading.Tasks.Task<object> SendAsync(string from, string to, string message, object options = default, System.Threading.CancellationToken cancellationToken = default) => null;
            }
        }
        namespace Vonage.Messaging
        {
            public class SendSmsRequest { public string To { get; set; } public string From { get; set; } public string Text { get; set; } }
            public interface ISmsClient { System.Threading.Tasks.Task<object> SendAnSmsAsync(SendSmsRequest request, object creds = null); }
        }
        namespace Plivo.Resource.Message
        {
            public class MessageInterface
            {
                public object Create(string src, System.Collections.Generic.List<string> dst, string text = null) => null;
                public System.Threading.Tasks.Task<object> CreateAsync(string src, System.Collections.Generic.List<string> dst, string text = null) => null;
            }
        }
        namespace MessageBird
        {
            public class Client
            {
                public object SendMessage(string originator, string body, long[] msisdns, object optionalArguments = null) => null;
                public object Balance => null;
            }
        }
        namespace Sinch.SMS.Batches
        {
            public interface ISendBatchRequest { }
            public interface ISinchSmsBatches { System.Threading.Tasks.Task<object> Send(ISendBatchRequest request, System.Threading.CancellationToken cancellationToken = default); }
        }
        namespace Infobip.Api.Client.Api
        {
            public partial class SmsApi { public object SendSmsMessage(object smsAdvancedTextualRequest) => null; public System.Threading.Tasks.Task<object> SendSmsMessageAsync(object smsAdvancedTextualRequest) => null; }
        }
        namespace FirebaseAdmin.Messaging
        {
            public sealed class Message { public string Token { get; set; } public System.Collections.Generic.IReadOnlyDictionary<string, string> Data { get; set; } }
            public sealed class FirebaseMessaging
            {
                public static FirebaseMessaging DefaultInstance => null;
                public System.Threading.Tasks.Task<string> SendAsync(Message message) => null;
                public System.Threading.Tasks.Task<object> SendEachAsync(System.Collections.Generic.IEnumerable<Message> messages) => null;
            }
        }
        namespace OneSignalApi.Api
        {
            public partial class DefaultApi
            {
                public object CreateNotification(object notification) => null;
                public System.Threading.Tasks.Task<object> CreateNotificationAsync(object notification, System.Threading.CancellationToken cancellationToken = default) => null;
                public object CreateAlias(string appId, string aliasLabel, string aliasId, object userIdentityBody, int operationIndex = 0) => null;
                public object CreateCustomEvents(string appId, object customEventsRequest, int operationIndex = 0) => null;
            }
        }
        namespace Microsoft.Azure.NotificationHubs
        {
            public interface INotificationHubClient
            {
                System.Threading.Tasks.Task<object> SendTemplateNotificationAsync(System.Collections.Generic.IDictionary<string, string> properties, string tagExpression);
                System.Threading.Tasks.Task<object> SendFcmNativeNotificationAsync(string jsonPayload, string tagExpression);
                System.Threading.Tasks.Task CreateOrUpdateInstallationAsync(object installation);
            }
        }
        namespace PusherServer
        {
            public interface IPusher { System.Threading.Tasks.Task<object> TriggerAsync(string channelName, string eventName, object data, object options = null); }
            public class Pusher : IPusher { public System.Threading.Tasks.Task<object> TriggerAsync(string channelName, string eventName, object data, object options = null) => null; }
        }
        namespace SlackNet.WebApi
        {
            public class Message { public string Channel { get; set; } public string Text { get; set; } }
            public interface IChatApi
            {
                System.Threading.Tasks.Task<object> PostMessage(Message message, System.Threading.CancellationToken? cancellationToken = null);
                System.Threading.Tasks.Task<object> PostEphemeral(string userId, Message message, System.Threading.CancellationToken? cancellationToken = null);
                System.Threading.Tasks.Task<object> ScheduleMessage(Message message, System.DateTime postAt, System.Threading.CancellationToken? cancellationToken = null);
            }
        }
        namespace Telegram.Bot
        {
            public interface ITelegramBotClient { }
            public static partial class TelegramBotClientExtensions
            {
                public static System.Threading.Tasks.Task<object> SendMessage(this ITelegramBotClient botClient, long chatId, string text) => null;
                public static System.Threading.Tasks.Task<object> SendContact(this ITelegramBotClient botClient, long chatId, string phoneNumber, string firstName) => null;
                public static System.Threading.Tasks.Task<object> GetMe(this ITelegramBotClient botClient) => null;
            }
        }
        namespace Braintree
        {
            public class CustomerRequest { public string Email { get; set; } public string Phone { get; set; } }
            public class TransactionRequest { public decimal Amount { get; set; } public CustomerRequest Customer { get; set; } }
            public class CustomerSearchRequest { }
            public interface ICustomerGateway
            {
                object Create(CustomerRequest request);
                object Update(string Id, CustomerRequest request);
                object Search(CustomerSearchRequest query);
                object Find(string Id);
            }
            public interface ITransactionGateway { object Sale(TransactionRequest request); }
        }
        namespace Adyen.Service.Checkout
        {
            public interface IPaymentsService
            {
                object Payments(object paymentRequest, object requestOptions = default);
                System.Threading.Tasks.Task<object> PaymentsAsync(object paymentRequest, object requestOptions = default, System.Threading.CancellationToken cancellationToken = default);
                object Sessions(object createCheckoutSessionRequest, object requestOptions = default);
            }
        }
        namespace PaypalServerSDK.Standard.Controllers
        {
            public class OrdersController
            {
                public object OrdersCreate(object input) => null;
                public System.Threading.Tasks.Task<object> OrdersCreateAsync(object input, System.Threading.CancellationToken cancellationToken = default) => null;
                public System.Threading.Tasks.Task<object> OrdersConfirmAsync(object input, System.Threading.CancellationToken cancellationToken = default) => null;
                public System.Threading.Tasks.Task<object> OrdersPatchAsync(object input, System.Threading.CancellationToken cancellationToken = default) => null;
                public System.Threading.Tasks.Task<object> OrdersGetAsync(object input, System.Threading.CancellationToken cancellationToken = default) => null;
            }
        }
        namespace Square.Customers
        {
            public partial class CustomersClient
            {
                public System.Threading.Tasks.Task<object> CreateAsync(object request, object options = null, System.Threading.CancellationToken cancellationToken = default) => null;
                public System.Threading.Tasks.Task<object> UpdateAsync(object request, object options = null, System.Threading.CancellationToken cancellationToken = default) => null;
                public System.Threading.Tasks.Task<object> SearchAsync(object request, object options = null, System.Threading.CancellationToken cancellationToken = default) => null;
            }
        }
        namespace Mollie.Api.Client.Abstract
        {
            public interface IPaymentClient { System.Threading.Tasks.Task<object> CreatePaymentAsync(object paymentRequest, bool includeQrCode = false, System.Threading.CancellationToken cancellationToken = default); }
        }
        """;

    private static readonly string[] Namespaces =
    {
        "PostmarkDotNet", "Resend", "brevo_csharp", "Mailjet", "Azure.Communication", "Vonage", "Plivo", "MessageBird", "Sinch", "Infobip",
        "FirebaseAdmin", "OneSignalApi", "Microsoft.Azure.NotificationHubs", "PusherServer", "SlackNet", "Telegram.Bot",
        "Braintree", "Adyen", "PaypalServerSDK", "Square", "Mollie",
    };

    private const RecipientKind Processor = RecipientKind.Processor;

    [Fact]
    public void EveryCatalogLineOfTheseSdksNamesADeclaredSymbol()
    {
        var compilation = TestCompilations.Create(Declarations);
        var entries = Namespaces.SelectMany(CatalogProbe.EntriesUnder).ToList();

        Assert.True(entries.Count >= 35, $"only {entries.Count} entries");
        Assert.All(Namespaces, ns => Assert.NotEmpty(CatalogProbe.EntriesUnder(ns)));
        Assert.All(entries, entry => Assert.False(SymbolIds.Resolve(entry.SymbolId!, compilation).IsEmpty, $"{entry.SymbolId} names nothing"));
    }

    [Fact]
    public async Task SendsAreSinksOfTheirVendorAndOtherCallsAreNot()
    {
        var sinks = await CatalogProbe.SinksAsync(Declarations + """
            class C
            {
                void M(string phone, PostmarkDotNet.IPostmarkClient postmark, Vonage.Messaging.ISmsClient vonage, Braintree.ICustomerGateway customers,
                    SlackNet.WebApi.IChatApi slack, Telegram.Bot.ITelegramBotClient bot, Microsoft.Azure.NotificationHubs.INotificationHubClient hub)
                {
                    postmark.SendMessage("shop@acme.test", phone, "Hi", "Hello");
                    postmark.GetDeliveryStats();
                    vonage.SendAnSmsAsync(new Vonage.Messaging.SendSmsRequest { To = phone });
                    customers.Create(new Braintree.CustomerRequest { Phone = phone });
                    customers.Find(phone);
                    FirebaseAdmin.Messaging.FirebaseMessaging.DefaultInstance.SendAsync(new FirebaseAdmin.Messaging.Message { Token = phone });
                    slack.PostMessage(new SlackNet.WebApi.Message { Text = phone });
                    Telegram.Bot.TelegramBotClientExtensions.SendContact(bot, 42, phone, "Ann");
                    Telegram.Bot.TelegramBotClientExtensions.GetMe(bot);
                    hub.SendFcmNativeNotificationAsync(phone, "user:1");
                }
            }
            """);

        CatalogProbe.AssertSink(sinks, "postmark.SendMessage(\"shop@acme.test\", phone, \"Hi\", \"Hello\")", Processor, "Postmark");
        CatalogProbe.AssertSink(sinks, "vonage.SendAnSmsAsync(new Vonage.Messaging.SendSmsRequest { To = phone })", Processor, "Vonage");
        CatalogProbe.AssertSink(sinks, "customers.Create(new Braintree.CustomerRequest { Phone = phone })", Processor, "Braintree");
        CatalogProbe.AssertSink(sinks, "FirebaseAdmin.Messaging.FirebaseMessaging.DefaultInstance.SendAsync(new FirebaseAdmin.Messaging.Message { Token = phone })", Processor, "Google");
        CatalogProbe.AssertSink(sinks, "slack.PostMessage(new SlackNet.WebApi.Message { Text = phone })", Processor, "Slack");
        CatalogProbe.AssertSink(sinks, "Telegram.Bot.TelegramBotClientExtensions.SendContact(bot, 42, phone, \"Ann\")", RecipientKind.ThirdParty, "Telegram");
        CatalogProbe.AssertSink(sinks, "hub.SendFcmNativeNotificationAsync(phone, \"user:1\")", Processor, "Microsoft");
        Assert.Null(sinks["postmark.GetDeliveryStats()"]);
        Assert.Null(sinks["customers.Find(phone)"]);
        Assert.Null(sinks["Telegram.Bot.TelegramBotClientExtensions.GetMe(bot)"]);
    }

    [Fact]
    public Task EmailSmsAndPaymentFlowsBreakAPromiseAgainstProcessors() => Test("""
        class C
        {
            void M(Account a, PostmarkDotNet.IPostmarkClient postmark, Vonage.Messaging.ISmsClient vonage, Braintree.ITransactionGateway payments, Adyen.Service.Checkout.IPaymentsService adyen)
            {
                postmark.SendMessage("shop@acme.test", {|PRIV001:a.Email|}, "Welcome", "Hello");
                vonage.SendAnSmsAsync({|PRIV001:new Vonage.Messaging.SendSmsRequest { To = a.PhoneNumber, Text = "Your code is 1234" }|});
                payments.Sale({|PRIV001:new Braintree.TransactionRequest { Amount = 10m, Customer = new Braintree.CustomerRequest { Email = a.Email } }|});
                adyen.Payments(new { amount = 10 });
            }
        }
        """ + "\n" + Declarations).WithRules("promise: user.contact ; never: processor ; Your contact details never leave our servers.").RunAsync();

    [Fact]
    public Task ProcessorsAreSilentWithoutSuchAPromiseButTelegramIsAThirdParty() => Test("""
        class C
        {
            void M(Account a, Resend.IResend resend, Telegram.Bot.ITelegramBotClient bot)
            {
                resend.EmailSendAsync(new Resend.EmailMessage { To = a.Email, HtmlBody = "<p>Hi</p>" });
                Telegram.Bot.TelegramBotClientExtensions.SendMessage(bot, 42, {|PRIV002:"New sign-up: " + a.Email|});
            }
        }
        """ + "\n" + Declarations).RunAsync();
}
