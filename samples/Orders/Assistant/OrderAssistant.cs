using System.Text;
using Microsoft.Extensions.AI;
using Orders.Catalog;
using Orders.Customers;
using Orders.Fulfilment;
using Orders.Orders;

namespace Orders.Assistant;

public sealed class AssistantOptions
{
    public string ModelId { get; set; } = "gpt-4o-mini";

    public float Temperature { get; set; } = 0.3f;

    public int MaxOutputTokens { get; set; } = 400;
}

/// <summary>Text the hosted model writes for us: delivery notes, order summaries, product suggestions.</summary>
public sealed class OrderAssistant(IChatClient chat, IProductCatalog catalog, AssistantOptions options, ILogger<OrderAssistant> logger)
{
    private ChatOptions ChatOptions => new()
    {
        ModelId = options.ModelId,
        Temperature = options.Temperature,
        MaxOutputTokens = options.MaxOutputTokens,
    };

    /// <summary>The friendly note the warehouse prints on the packing slip.</summary>
    public async Task<string> DraftDeliveryNoteAsync(ShipmentRequest request, CarrierBooking booking, CancellationToken ct)
    {
        var itemList = string.Join(", ", request.Items.Select(i => $"{i.Quantity} x {i.Name}"));
        var prompt = $"""
            Write a two-sentence packing-slip note for {request.RecipientName}.
            The parcel contains: {itemList}. It goes with {booking.Carrier} to {request.DeliveryAddress} and should arrive by {booking.EstimatedDelivery:d MMMM}.
            Keep it warm and do not invent offers.
            """;
        var response = await chat.GetResponseAsync(prompt, ChatOptions, ct); // LEAK: PRIV001
        logger.LogDebug("Delivery note drafted for order {OrderId} ({Tokens} output tokens)", request.OrderId, response.Usage?.OutputTokenCount); // CLEAN
        return response.Text;
    }

    /// <summary>A plain-language summary of an order for the order page.</summary>
    public async Task<string> SummarizeOrderAsync(Order order, CancellationToken ct)
    {
        var lines = new StringBuilder();
        foreach (var line in order.Lines.OrderByDescending(l => l.LineTotal))
        {
            lines.AppendLine($"- {line.Quantity} x {line.ProductName} ({line.LineTotal:0.00} {order.Currency})");
        }

        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, "You summarise tea-shop orders in one short paragraph. Mention the status."),
            new(ChatRole.User, $"Order {order.Number}, status {order.Status}, total {order.Total:0.00} {order.Currency}:\n{lines}"),
        };
        var response = await chat.GetResponseAsync(messages, ChatOptions, ct); // CLEAN
        return response.Text;
    }

    /// <summary>Suggestions for the "you may also like" box, adjusted to the customer's age.</summary>
    public async Task<IReadOnlyList<string>> SuggestProductsAsync(Customer customer, IReadOnlyList<Order> history, CancellationToken ct)
    {
        var bought = history.SelectMany(o => o.Lines).Select(l => l.ProductName).Distinct().Take(10).ToList();
        var available = catalog.All().Where(p => p.Stock > 0).Select(p => $"{p.Sku}: {p.Name}").ToList();
        var prompt = new StringBuilder()
            .AppendLine("Pick up to three SKUs from the list that this customer is likely to enjoy. Answer with SKUs only, one per line.")
            .AppendLine($"Customer born {customer.DateOfBirth:yyyy-MM-dd}; only suggest age-restricted products to adults.")
            .AppendLine($"Previously bought: {string.Join("; ", bought)}")
            .AppendLine("Available:")
            .AppendJoin('\n', available)
            .ToString();
        var response = await chat.GetResponseAsync(prompt, ChatOptions, ct); // LEAK: PRIV002
        var skus = response.Text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => catalog.Find(line) is not null)
            .Take(3)
            .ToList();
        logger.LogInformation("Suggested {Count} products for customer {CustomerId} from {HistoryCount} orders", skus.Count, customer.Id, history.Count); // CLEAN
        return skus;
    }
}
