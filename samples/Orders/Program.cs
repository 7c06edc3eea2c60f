using Microsoft.Extensions.AI;
using Orders.Analytics;
using Orders.Assistant;
using Orders.Caching;
using Orders.Catalog;
using Orders.Customers;
using Orders.Email;
using Orders.Fulfilment;
using Orders.Infrastructure;
using Orders.Loyalty;
using Orders.Marketing;
using Orders.Orders;
using Orders.Payments;
using Orders.Reports;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddSingleton<IClock, SystemClock>();

// Stores (in memory until the database lands).
builder.Services.AddSingleton<ICustomerRepository, InMemoryCustomerRepository>();
builder.Services.AddSingleton<IOrderRepository, InMemoryOrderRepository>();
builder.Services.AddSingleton<IProductCatalog, InMemoryProductCatalog>();
builder.Services.AddSingleton<CustomerSummaryCache>();

// Domain services.
builder.Services.AddSingleton<CustomerService>();
builder.Services.AddSingleton<OrderService>();
builder.Services.AddSingleton<PricingEngine>();
builder.Services.AddSingleton<PaymentService>();
builder.Services.AddSingleton<NotificationService>();
builder.Services.AddSingleton<NewsletterService>();
builder.Services.AddSingleton<LoyaltyService>();
builder.Services.AddSingleton<SalesReportService>();
builder.Services.AddSingleton<FulfilmentQueue>();
builder.Services.AddSingleton<ICarrierClient, CarrierClient>();

// Vendors.
builder.Services.AddSingleton(builder.Configuration.GetSection("Amplitude").Get<AmplitudeOptions>() ?? new AmplitudeOptions());
builder.Services.AddSingleton<IAnalyticsClient, AmplitudeAnalyticsClient>();
builder.Services.AddSingleton<CheckoutTelemetry>();
builder.Services.AddSingleton(builder.Configuration.GetSection("SendGrid").Get<SendGridOptions>() ?? new SendGridOptions());
builder.Services.AddHttpClient<IEmailSender, SendGridEmailSender>();
builder.Services.AddSingleton<IPaymentGateway, AdyenSandboxGateway>();
builder.Services.AddSingleton<IAdAudienceClient, MetaAudienceClient>();
builder.Services.AddSingleton(builder.Configuration.GetSection("AudienceSync").Get<AudienceSyncOptions>() ?? new AudienceSyncOptions());
builder.Services.AddSingleton<AudienceSyncService>();
builder.Services.AddSingleton(builder.Configuration.GetSection("Assistant").Get<AssistantOptions>() ?? new AssistantOptions());
builder.Services.AddSingleton<OrderAssistant>();
builder.Services.AddSingleton<SupportChatService>();

// The hosted model comes from the deployment (Azure OpenAI in production); any IChatClient fits.
builder.Services.AddSingleton<IChatClient>(_ => throw new InvalidOperationException("Configure a chat client (Assistant:Endpoint) for the order assistant."));

// Background work.
builder.Services.AddHostedService<DemoDataSeeder>();
builder.Services.AddHostedService<FulfilmentWorker>();
builder.Services.AddHostedService<AnalyticsFlusher>();
builder.Services.AddHostedService<CacheJanitor>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<AudienceSyncService>());

var app = builder.Build();

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseMiddleware<ExceptionHandlingMiddleware>();

app.Services.GetRequiredService<LoyaltyService>().Attach(app.Services.GetRequiredService<OrderService>());

app.MapGet("/", () => Results.Ok(new { service = "orders", version = typeof(Program).Assembly.GetName().Version?.ToString() }));
app.MapCustomerEndpoints();
app.MapOrderEndpoints();

app.Lifetime.ApplicationStopping.Register(() => app.Services.GetRequiredService<FulfilmentQueue>().Complete());
app.Logger.LogInformation("Orders service starting in {Environment}", app.Environment.EnvironmentName); // CLEAN

app.Run();

public partial class Program;
