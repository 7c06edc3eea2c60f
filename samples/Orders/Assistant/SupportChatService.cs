using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Orders.Customers;
using Orders.Orders;

namespace Orders.Assistant;

public sealed record SupportQuestion(Guid CustomerId, Guid? OrderId, string Text);

public sealed record SupportAnswer(string Reply, bool HandedToHuman, int Turn);

/// <summary>The first line of customer support: a chat with the hosted model, with the order as context.</summary>
public sealed class SupportChatService(
    IChatClient chat,
    ICustomerRepository customers,
    IOrderRepository orders,
    ILogger<SupportChatService> logger)
{
    private static readonly string[] Escalation = { "refund", "complaint", "lawyer", "chargeback", "broken" };
    private readonly ConcurrentDictionary<Guid, List<ChatMessage>> _conversations = new();

    public async Task<SupportAnswer> AskAsync(SupportQuestion question, CancellationToken ct)
    {
        var customer = await customers.FindAsync(question.CustomerId, ct) ?? throw new Infrastructure.NotFoundException("Customer", question.CustomerId);
        var order = question.OrderId is { } orderId ? await orders.FindAsync(orderId, ct) : null;

        if (Escalation.Any(word => question.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            logger.LogInformation("Support question from customer {CustomerId} escalated to a human", customer.Id); // CLEAN
            return new SupportAnswer("Thanks, a member of our team will get back to you within one working day.", true, 0);
        }

        var history = _conversations.GetOrAdd(customer.Id, _ => new List<ChatMessage>());
        if (history.Count == 0)
        {
            history.Add(new ChatMessage(ChatRole.System, "You are the support assistant of a tea shop. Be brief and kind. Never promise refunds."));
            if (order is not null)
            {
                history.Add(new ChatMessage(ChatRole.System, $"The customer's order {order.Number} is {order.Status} with {order.Lines.Count} lines, total {order.Total:0.00} {order.Currency}."));
            }
        }

        history.Add(new ChatMessage(ChatRole.User, question.Text));
        var response = await chat.GetResponseAsync(history, cancellationToken: ct); // CLEAN
        history.AddRange(response.Messages);
        logger.LogInformation("Support turn {Turn} for customer {CustomerId} answered ({FinishReason})", history.Count / 2, customer.Id, response.FinishReason); // CLEAN
        return new SupportAnswer(response.Text, false, history.Count / 2);
    }

    /// <summary>A greeting for the chat widget, by first name.</summary>
    public async Task<string> GreetAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await customers.FindAsync(customerId, ct) ?? throw new Infrastructure.NotFoundException("Customer", customerId);
        var response = await chat.GetResponseAsync($"Write a one-line greeting for {customer.FirstName}, who just opened the support chat of our tea shop.", cancellationToken: ct); // CLEAN
        return response.Text;
    }

    /// <summary>When the delivery failed, the model drafts a call-back message for the courier team.</summary>
    public async Task<string> DraftCallbackAsync(Guid customerId, string orderNumber, CancellationToken ct)
    {
        var customer = await customers.FindAsync(customerId, ct) ?? throw new Infrastructure.NotFoundException("Customer", customerId);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, "Draft a short message a courier can read out when calling a customer about a failed delivery."),
            new(ChatRole.User, $"Customer {customer.FirstName}, order {orderNumber}. We will call them on {customer.Phone ?? "their phone"} tomorrow between 9 and 12."),
        };
        var response = await chat.GetResponseAsync(messages, cancellationToken: ct); // LEAK: PRIV001
        logger.LogInformation("Call-back script drafted for order {OrderNumber}", orderNumber); // CLEAN
        return response.Text;
    }

    public void Forget(Guid customerId)
    {
        if (_conversations.TryRemove(customerId, out var removed))
        {
            logger.LogDebug("Dropped support conversation of {Turns} turns for customer {CustomerId}", removed.Count / 2, customerId); // CLEAN
        }
    }
}
