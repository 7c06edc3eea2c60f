namespace Orders.Customers;

/// <summary>Fills the in-memory store with demo customers when the service runs in Development.</summary>
public sealed class DemoDataSeeder(ICustomerRepository customers, IHostEnvironment environment) : IHostedService
{
    private static readonly (string Name, string Email, string Phone, string Street, string PostalCode, string City, string Country, string Market)[] Seed =
    {
        ("Ada Lovelace", "ada@example.com", "+447700900001", "12 St James's Square", "SW1Y 4JH", "London", "GB", "uk"),
        ("Grace Hopper", "grace@example.com", "+447700900002", "1 Navy Street", "BT1 1AA", "Belfast", "GB", "uk"),
        ("Emmy Noether", "emmy@example.de", "+4915100000003", "Bunsenstraße 3", "37073", "Göttingen", "DE", "de"),
        ("Marie Curie", "marie@example.fr", "+33600000004", "11 rue Pierre et Marie Curie", "75005", "Paris", "FR", "fr"),
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        var seeded = 0;
        foreach (var (index, row) in Seed.Select((row, index) => (index, row)))
        {
            if (await customers.ExistsAsync(row.Email, cancellationToken))
            {
                continue;
            }

            var customer = new Customer
            {
                FullName = row.Name,
                Email = row.Email,
                Phone = row.Phone,
                DateOfBirth = new DateOnly(1980 + index * 3, 1 + index, 10 + index),
                ShippingAddress = new PostalAddress(row.Street, null, row.PostalCode, row.City, row.Country),
                Market = row.Market,
                Channel = SignupChannel.Web,
                MarketingOptIn = index % 2 == 0,
            };
            await customers.AddAsync(customer, cancellationToken);
            seeded++;
            Console.WriteLine($"Seeded demo customer {customer.FullName} <{customer.Email}>"); // LEAK: PRIV003
        }

        Console.WriteLine($"Seeded {seeded} demo customers ({await customers.CountAsync(cancellationToken)} in store)"); // CLEAN
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
