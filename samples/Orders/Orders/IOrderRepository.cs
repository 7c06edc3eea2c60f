using System.Collections.Concurrent;

namespace Orders.Orders;

public interface IOrderRepository
{
    Task<Order?> FindAsync(Guid id, CancellationToken ct = default);

    Task AddAsync(Order order, CancellationToken ct = default);

    Task UpdateAsync(Order order, CancellationToken ct = default);

    Task<IReadOnlyList<Order>> ForCustomerAsync(Guid customerId, CancellationToken ct = default);

    Task<IReadOnlyList<Order>> InPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);

    Task<int> NextSequenceAsync(CancellationToken ct = default);
}

public sealed class InMemoryOrderRepository : IOrderRepository
{
    private readonly ConcurrentDictionary<Guid, Order> _orders = new();
    private readonly object _gate = new();
    private int _sequence = 100_000;

    public Task<Order?> FindAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(_orders.TryGetValue(id, out var order) ? order : null);

    public Task AddAsync(Order order, CancellationToken ct = default)
    {
        if (!_orders.TryAdd(order.Id, order))
        {
            throw new InvalidOperationException($"Order {order.Id} already exists.");
        }

        return Task.CompletedTask;
    }

    public Task UpdateAsync(Order order, CancellationToken ct = default)
    {
        _orders[order.Id] = order;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Order>> ForCustomerAsync(Guid customerId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Order>>(_orders.Values.Where(o => o.CustomerId == customerId).OrderByDescending(o => o.CreatedAt).ToList());

    public Task<IReadOnlyList<Order>> InPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Order>>(_orders.Values.Where(o => o.CreatedAt >= from && o.CreatedAt < to).ToList());

    public Task<int> NextSequenceAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult(++_sequence);
        }
    }
}
