using Orders.Analytics;
using Orders.Assistant;
using Orders.Orders;

namespace Orders.Customers;

public static class CustomerEndpoints
{
    public static RouteGroupBuilder MapCustomerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/customers").WithTags("Customers");

        group.MapPost("/", async (RegisterCustomerRequest request, CustomerService service, ICustomerRepository repository, CheckoutTelemetry telemetry, CancellationToken ct) =>
        {
            var result = await service.RegisterAsync(request, ct);
            if (await repository.FindAsync(result.CustomerId, ct) is { } created)
            {
                telemetry.IdentifyCustomer(created);
            }

            return Results.Created($"/customers/{result.CustomerId}", result);
        });

        group.MapGet("/", async (CustomerTier? tier, CustomerService service, CancellationToken ct) =>
            Results.Ok(await service.ListAsync(tier, ct)));

        group.MapGet("/{id:guid}", async (Guid id, CustomerService service, IOrderRepository orders, CancellationToken ct) =>
        {
            var history = await orders.ForCustomerAsync(id, ct);
            return Results.Ok(await service.GetProfileAsync(id, history.Count, ct));
        });

        group.MapGet("/{id:guid}/support-view", async (Guid id, string agentId, CustomerService service, IOrderRepository orders, CancellationToken ct) =>
        {
            var history = await orders.ForCustomerAsync(id, ct);
            return Results.Ok(await service.GetProfileForSupportAsync(id, agentId, history.Count, ct));
        });

        group.MapPut("/{id:guid}/contact", async (Guid id, UpdateContactRequest request, CustomerService service, CancellationToken ct) =>
            Results.Ok(await service.UpdateContactAsync(id, request, ct)));

        group.MapPut("/{id:guid}/tier", async (Guid id, CustomerTier tier, ICustomerRepository repository, CheckoutTelemetry telemetry, ILogger<CustomerService> logger, CancellationToken ct) =>
        {
            var customer = await repository.FindAsync(id, ct);
            if (customer is null)
            {
                return Results.NotFound();
            }

            var previous = customer.Tier;
            customer.Tier = tier;
            await repository.UpdateAsync(customer, ct);
            telemetry.TierChanged(customer.Id, previous, tier);
            logger.LogInformation("Tier of customer {CustomerId} set from {Previous} to {Tier} by an admin", customer.Id, previous, tier); // CLEAN
            return Results.NoContent();
        });

        group.MapDelete("/{id:guid}", async (Guid id, CustomerService service, SupportChatService support, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, ct);
            support.Forget(id);
            return Results.NoContent();
        });

        group.MapGet("/{id:guid}/orders", async (Guid id, OrderService orders, CancellationToken ct) =>
            Results.Ok(await orders.ForCustomerAsync(id, ct)));

        group.MapGet("/{id:guid}/suggestions", async (Guid id, ICustomerRepository repository, IOrderRepository orders, OrderAssistant assistant, CancellationToken ct) =>
        {
            var customer = await repository.FindAsync(id, ct);
            if (customer is null)
            {
                return Results.NotFound();
            }

            var history = await orders.ForCustomerAsync(id, ct);
            return Results.Ok(await assistant.SuggestProductsAsync(customer, history, ct));
        });

        group.MapGet("/{id:guid}/support/greeting", async (Guid id, SupportChatService support, CancellationToken ct) =>
            Results.Ok(new { greeting = await support.GreetAsync(id, ct) }));

        group.MapPost("/{id:guid}/support", async (Guid id, SupportQuestion question, SupportChatService support, CancellationToken ct) =>
        {
            if (question.CustomerId != id)
            {
                return Results.BadRequest(new { error = "The question belongs to another customer." });
            }

            return Results.Ok(await support.AskAsync(question, ct));
        });

        group.MapPost("/{id:guid}/support/callback", async (Guid id, string orderNumber, SupportChatService support, CancellationToken ct) =>
            Results.Ok(new { script = await support.DraftCallbackAsync(id, orderNumber, ct) }));

        return group;
    }
}
