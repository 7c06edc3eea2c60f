using PrivacyAnalyzers;

namespace Shop.Orders;

public sealed class Order
{
    public int Id { get; init; }
    public int CustomerId { get; init; }
    public decimal Total { get; init; }

    /// <summary>The card as Stripe.js tokenized it in the browser: still card data.</summary>
    [PersonalData(DataCategory.CreditCard)]
    public string CardToken { get; init; } = "";
}
