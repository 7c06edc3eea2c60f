using PrivacyAnalyzers;

namespace Orders.Catalog;

public sealed record Product(string Sku, string Name, string Category, decimal Price, int Stock, bool AgeRestricted = false);

public sealed record SearchRequest([PersonalData(DataCategory.Behavior)] string Query, string? Category, int Page = 1, int PageSize = 20);

public sealed record SearchResult(IReadOnlyList<Product> Items, int Total, int Page);

public interface IProductCatalog
{
    Product? Find(string sku);

    IReadOnlyList<Product> All();

    SearchResult Search(SearchRequest request);

    bool TryReserve(string sku, int quantity);

    void Release(string sku, int quantity);
}

public sealed class InMemoryProductCatalog : IProductCatalog
{
    private readonly Dictionary<string, Product> _products;
    private readonly object _gate = new();

    public InMemoryProductCatalog()
    {
        var seed = new List<Product>
        {
            new("TEA-001", "Assam breakfast tea, 250 g", "tea", 6.50m, 120),
            new("TEA-002", "Darjeeling first flush, 100 g", "tea", 12.00m, 40),
            new("TEA-003", "Sencha, 100 g", "tea", 9.75m, 60),
            new("CUP-010", "Stoneware mug", "kitchen", 14.00m, 35),
            new("CUP-011", "Glass teapot, 1 l", "kitchen", 29.00m, 12),
            new("GIF-100", "Tasting box", "gifts", 39.00m, 20),
            new("SPR-200", "Whisky-cask aged tea", "tea", 18.50m, 15, AgeRestricted: true),
        };
        _products = seed.ToDictionary(p => p.Sku, StringComparer.OrdinalIgnoreCase);
    }

    public Product? Find(string sku) => _products.GetValueOrDefault(sku);

    public IReadOnlyList<Product> All() => _products.Values.OrderBy(p => p.Category).ThenBy(p => p.Name).ToList();

    public SearchResult Search(SearchRequest request)
    {
        var terms = request.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var matches = _products.Values
            .Where(p => request.Category is null || p.Category.Equals(request.Category, StringComparison.OrdinalIgnoreCase))
            .Where(p => terms.All(t => p.Name.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.Name)
            .ToList();
        var page = matches.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        return new SearchResult(page, matches.Count, request.Page);
    }

    public bool TryReserve(string sku, int quantity)
    {
        lock (_gate)
        {
            if (!_products.TryGetValue(sku, out var product) || product.Stock < quantity)
            {
                return false;
            }

            _products[sku] = product with { Stock = product.Stock - quantity };
            return true;
        }
    }

    public void Release(string sku, int quantity)
    {
        lock (_gate)
        {
            if (_products.TryGetValue(sku, out var product))
            {
                _products[sku] = product with { Stock = product.Stock + quantity };
            }
        }
    }
}
