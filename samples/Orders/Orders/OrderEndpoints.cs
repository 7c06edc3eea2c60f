using Orders.Analytics;
using Orders.Assistant;
using Orders.Caching;
using Orders.Catalog;
using Orders.Email;
using Orders.Marketing;
using Orders.Reports;

namespace Orders.Orders;

public static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/orders").WithTags("Orders");

        orders.MapPost("/", async (PlaceOrderRequest request, HttpContext http, OrderService service, IProductCatalog catalog, CustomerSummaryCache cache, CheckoutTelemetry telemetry, CancellationToken ct) =>
        {
            var estimate = request.Lines.Sum(l => (catalog.Find(l.Sku)?.Price ?? 0m) * l.Quantity);
            var market = cache.TryGet(request.CustomerId, out var summary) ? summary.Market : "unknown";
            telemetry.CheckoutStarted(request.CustomerId, request.Lines.Count, estimate, market, http.Connection.RemoteIpAddress);

            var placed = await service.PlaceOrderAsync(request, ct);
            return Results.Created($"/orders/{placed.Id}", placed);
        });

        orders.MapGet("/{id:guid}", async (Guid id, OrderService service, CancellationToken ct) =>
            Results.Ok(await service.GetAsync(id, ct)));

        orders.MapGet("/{id:guid}/summary", async (Guid id, IOrderRepository repository, OrderAssistant assistant, CancellationToken ct) =>
        {
            var order = await repository.FindAsync(id, ct);
            return order is null ? Results.NotFound() : Results.Ok(new { summary = await assistant.SummarizeOrderAsync(order, ct) });
        });

        orders.MapPost("/{id:guid}/cancel", async (Guid id, string? reason, OrderService service, CancellationToken ct) =>
            Results.Ok(await service.CancelAsync(id, reason ?? "cancelled by customer", ct)));

        app.MapGet("/products", (IProductCatalog catalog) => Results.Ok(catalog.All()));

        app.MapGet("/products/search", (string q, string? category, int? page, Guid? customerId, IProductCatalog catalog, CheckoutTelemetry telemetry) =>
        {
            var request = new SearchRequest(q, category, page ?? 1);
            var result = catalog.Search(request);
            telemetry.SearchPerformed(customerId, request, result);
            return Results.Ok(result);
        });

        var admin = app.MapGroup("/admin").WithTags("Admin");

        admin.MapGet("/reports/sales", async (DateOnly from, DateOnly to, SalesReportService reports, CancellationToken ct) =>
            Results.Ok(await reports.BuildAsync(from, to, ct)));

        admin.MapGet("/reports/lapsed", async (int? days, SalesReportService reports, CancellationToken ct) =>
            Results.Ok(await reports.LapsedCustomersAsync(TimeSpan.FromDays(days ?? 180), ct)));

        admin.MapPost("/newsletter", async (NewsletterIssue issue, NewsletterService newsletter, CancellationToken ct) =>
            Results.Ok(await newsletter.SendAsync(issue, ct)));

        admin.MapPost("/audience-sync", async (AudienceSyncService sync, CancellationToken ct) =>
            Results.Ok(new { uploaded = await sync.SyncAsync(ct) }));

        admin.MapGet("/health/queues", (Fulfilment.FulfilmentQueue fulfilment, NotificationService notifications, CustomerSummaryCache cache) =>
            Results.Ok(new { fulfilmentPending = fulfilment.Pending, emailFailures = notifications.Failures, cachedCustomers = cache.Count }));

        return app;
    }
}
