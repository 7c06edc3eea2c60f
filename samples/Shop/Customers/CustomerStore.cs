using System.Collections.Concurrent;
using PrivacyAnalyzers;

namespace Shop.Customers;

/// <summary>Customers in memory: the sample needs no database.</summary>
public sealed class CustomerStore
{
    private readonly ConcurrentDictionary<int, Customer> _customers = new();

    public Customer Add(
        [PersonalData(DataCategory.Name)] string name,
        [PersonalData(DataCategory.Email)] string email,
        [PersonalData(DataCategory.PhoneNumber)] string phone,
        [PersonalData(DataCategory.PostalAddress)] string address)
    {
        var customer = new Customer { Id = _customers.Count + 1, Name = name, Email = email, Phone = phone, DeliveryAddress = address };
        _customers[customer.Id] = customer;
        return customer;
    }

    public Customer? Find(int id) => _customers.TryGetValue(id, out var customer) ? customer : null;
}
