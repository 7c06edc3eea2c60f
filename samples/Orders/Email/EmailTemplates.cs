using System.Globalization;
using System.Net;
using System.Text;

namespace Orders.Email;

/// <summary>The HTML bodies of our transactional e-mails (the designers own the real templates in SendGrid).</summary>
public static class EmailTemplates
{
    private static readonly Dictionary<string, CultureInfo> Cultures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["uk"] = CultureInfo.GetCultureInfo("en-GB"),
        ["ie"] = CultureInfo.GetCultureInfo("en-IE"),
        ["de"] = CultureInfo.GetCultureInfo("de-DE"),
        ["fr"] = CultureInfo.GetCultureInfo("fr-FR"),
        ["nl"] = CultureInfo.GetCultureInfo("nl-NL"),
    };

    public static CultureInfo CultureFor(string market) =>
        Cultures.TryGetValue(market, out var culture) ? culture : CultureInfo.InvariantCulture;

    public static string Welcome(string firstName, string market) =>
        Layout($"<p>Hi {WebUtility.HtmlEncode(firstName)},</p><p>Welcome to our {market.ToUpperInvariant()} store.</p>");

    public static string EmailChanged(string firstName) =>
        Layout($"<p>Hi {WebUtility.HtmlEncode(firstName)},</p><p>Your e-mail address was just changed. If this was not you, reply to this e-mail.</p>");

    public static string OrderConfirmation(string firstName, string orderNumber, IEnumerable<(string Name, int Quantity, decimal LineTotal)> lines, decimal total, string market)
    {
        var culture = CultureFor(market);
        var rows = new StringBuilder();
        foreach (var (name, quantity, lineTotal) in lines)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>{WebUtility.HtmlEncode(name)}</td><td>{quantity}</td><td>{lineTotal.ToString("C", culture)}</td></tr>");
        }

        return Layout($"<p>Hi {WebUtility.HtmlEncode(firstName)},</p><p>Thanks for order {orderNumber}.</p><table>{rows}</table><p>Total: {total.ToString("C", culture)}</p>");
    }

    public static string Shipped(string firstName, string orderNumber, string trackingUrl) =>
        Layout($"<p>Hi {WebUtility.HtmlEncode(firstName)},</p><p>Order {orderNumber} is on its way: <a href=\"{trackingUrl}\">track it</a>.</p>");

    public static string Newsletter(string headline, string bodyHtml) =>
        Layout($"<h1>{WebUtility.HtmlEncode(headline)}</h1>{bodyHtml}<p><a href=\"{{{{unsubscribe}}}}\">Unsubscribe</a></p>");

    private static string Layout(string inner) =>
        $"<html><body style=\"font-family:sans-serif\">{inner}<hr/><small>Example Orders Ltd.</small></body></html>";
}
