using Microsoft.Extensions.AI;
using Shop.Customers;

namespace Shop.Support;

/// <summary>Drafts replies to customers' questions with a hosted AI model (disclosed for their name only).</summary>
public sealed class SupportAssistant(IChatClient chat)
{
    public async Task<string> DraftReplyAsync(Customer customer, string question)
    {
        var prompt = $"Draft a short, friendly reply to our customer {customer.Name}, who asks: {question}";
        var response = await chat.GetResponseAsync(prompt);
        return response.Text;
    }
}
