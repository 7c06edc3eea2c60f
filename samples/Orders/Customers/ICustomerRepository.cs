using System.Collections.Concurrent;

namespace Orders.Customers;

public interface ICustomerRepository
{
    Task<Customer?> FindAsync(Guid id, CancellationToken ct = default);

    Task<Customer?> FindByEmailAsync(string email, CancellationToken ct = default);

    Task<bool> ExistsAsync(string email, CancellationToken ct = default);

    Task AddAsync(Customer customer, CancellationToken ct = default);

    Task UpdateAsync(Customer customer, CancellationToken ct = default);

    Task<IReadOnlyList<Customer>> ListAsync(Func<Customer, bool>? filter = null, CancellationToken ct = default);

    Task<int> CountAsync(CancellationToken ct = default);
}

/// <summary>An in-memory store standing in for the database, keyed like the real tables.</summary>
public sealed class InMemoryCustomerRepository : ICustomerRepository
{
    private readonly ConcurrentDictionary<Guid, Customer> _byId = new();
    private readonly ConcurrentDictionary<string, Guid> _idByEmail = new(StringComparer.OrdinalIgnoreCase);

    public Task<Customer?> FindAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(_byId.TryGetValue(id, out var customer) && !customer.IsDeleted ? customer : null);

    public Task<Customer?> FindByEmailAsync(string email, CancellationToken ct = default)
    {
        if (_idByEmail.TryGetValue(email.Trim(), out var id) && _byId.TryGetValue(id, out var customer))
        {
            return Task.FromResult<Customer?>(customer);
        }

        return Task.FromResult<Customer?>(null);
    }

    public Task<bool> ExistsAsync(string email, CancellationToken ct = default) =>
        Task.FromResult(_idByEmail.ContainsKey(email.Trim()));

    public Task AddAsync(Customer customer, CancellationToken ct = default)
    {
        if (!_idByEmail.TryAdd(customer.Email, customer.Id))
        {
            throw new InvalidOperationException("The e-mail index already holds this address.");
        }

        _byId[customer.Id] = customer;
        return Task.CompletedTask;
    }

    public Task UpdateAsync(Customer customer, CancellationToken ct = default)
    {
        foreach (var stale in _idByEmail.Where(pair => pair.Value == customer.Id && !string.Equals(pair.Key, customer.Email, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            _idByEmail.TryRemove(stale.Key, out _);
        }

        _idByEmail[customer.Email] = customer.Id;
        _byId[customer.Id] = customer;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Customer>> ListAsync(Func<Customer, bool>? filter = null, CancellationToken ct = default)
    {
        IEnumerable<Customer> query = _byId.Values.Where(c => !c.IsDeleted);
        if (filter is not null)
        {
            query = query.Where(filter);
        }

        return Task.FromResult<IReadOnlyList<Customer>>(query.OrderBy(c => c.CreatedAt).ToList());
    }

    public Task<int> CountAsync(CancellationToken ct = default) => Task.FromResult(_byId.Values.Count(c => !c.IsDeleted));
}
