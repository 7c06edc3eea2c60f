using Microsoft.ApplicationInsights;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.AI;
using PrivacyAnalyzers;
using SendGrid;
using Shop.Customers;
using Shop.Email;
using Shop.Orders;
using Shop.Payments;
using Shop.Support;

var builder = WebApplication.CreateBuilder(args);
using var sentry = Sentry.SentrySdk.Init(o => o.Dsn = builder.Configuration["Sentry:Dsn"] ?? "");
builder.Services.AddSingleton<CustomerStore>();
builder.Services.AddSingleton<ISendGridClient>(_ => new SendGridClient(builder.Configuration["SendGrid:ApiKey"] ?? ""));
builder.Services.AddSingleton<IMailer, SendGridMailer>();
builder.Services.AddSingleton(_ => new Stripe.PaymentIntentService(new Stripe.StripeClient(builder.Configuration["Stripe:ApiKey"] ?? "")));
builder.Services.AddSingleton<IPaymentGateway, StripeGateway>();
builder.Services.AddSingleton(_ => new TelemetryClient(TelemetryConfiguration.CreateDefault()));
builder.Services.AddSingleton<CheckoutService>();
builder.Services.AddSingleton<SupportAssistant>();
// The hosted model is configured by the deployment (Azure OpenAI, OpenAI, ...): any IChatClient fits.
builder.Services.AddSingleton<IChatClient>(_ => throw new InvalidOperationException("Configure a chat client for the support assistant."));

var app = builder.Build();

app.MapPost("/customers", (NewCustomer c, CustomerStore store) => store.Add(c.Name, c.Email, c.Phone, c.Address).Id);

app.MapPost("/customers/{id:int}/orders", async (int id, NewOrder o, CustomerStore store, CheckoutService checkout) =>
    store.Find(id) is { } customer
        ? Results.Ok(await checkout.PlaceAsync(customer, new Order { Id = Random.Shared.Next(), CustomerId = id, Total = o.Total, CardToken = o.CardToken }))
        : Results.NotFound());

app.MapPost("/customers/{id:int}/support", async (int id, Question q, CustomerStore store, SupportAssistant assistant) =>
    store.Find(id) is { } customer ? Results.Ok(await assistant.DraftReplyAsync(customer, q.Text)) : Results.NotFound());

app.Run();

internal sealed record NewCustomer(
    [PersonalData(DataCategory.Name)] string Name,
    [PersonalData(DataCategory.Email)] string Email,
    [PersonalData(DataCategory.PhoneNumber)] string Phone,
    [PersonalData(DataCategory.PostalAddress)] string Address);
internal sealed record NewOrder(decimal Total, string CardToken);
internal sealed record Question(string Text);
