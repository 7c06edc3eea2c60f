using Orders.Analytics;
using Orders.Caching;
using Orders.Email;
using Orders.Infrastructure;
using Orders.Privacy;

namespace Orders.Customers;

public sealed class CustomerService(
    ICustomerRepository repository,
    CustomerSummaryCache cache,
    IEmailSender email,
    IAnalyticsClient analytics,
    IClock clock,
    ILogger<CustomerService> logger)
{
    public event EventHandler<Guid>? CustomerDeleted;

    public async Task<RegistrationResult> RegisterAsync(RegisterCustomerRequest request, CancellationToken ct)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["SignupChannel"] = request.Channel, ["SignupEmail"] = request.Email }); // LEAK: PRIV003
        CustomerValidator.EnsureValidRegistration(request, clock.Today);

        var exists = await repository.ExistsAsync(request.Email, ct);
        logger.LogInformation("Sign-up duplicate check in market {Market}: {Exists}", request.Market, exists); // CLEAN
        if (exists)
        {
            throw new DuplicateCustomerException($"A customer with e-mail '{request.Email}' already exists.");
        }

        var customer = new Customer
        {
            FullName = request.FullName.Trim(),
            Email = request.Email.Trim().ToLowerInvariant(),
            Phone = request.Phone is null ? null : CustomerValidator.NormalizePhone(request.Phone),
            DateOfBirth = request.DateOfBirth,
            ShippingAddress = request.Address?.ToAddress(),
            Market = request.Market.ToLowerInvariant(),
            Channel = request.Channel,
            MarketingOptIn = request.MarketingOptIn,
            CreatedAt = clock.UtcNow,
        };

        await repository.AddAsync(customer, ct);
        cache.Set(customer.Id, ToSummary(customer));
        logger.LogInformation("Registered customer {CustomerId} via {Channel} in {Market}", customer.Id, customer.Channel, customer.Market); // CLEAN

        var adult = CustomerValidator.IsAdult(customer.DateOfBirth, clock.Today);
        logger.LogDebug("Customer {CustomerId} adult check: {IsAdult}", customer.Id, adult); // CLEAN

        var signup = new SignupCompletedEvent(customer.Market, customer.Channel.ToString(), customer.MarketingOptIn, customer.Phone);
        analytics.Track("signup_completed", customer.Id.ToString(), signup); // LEAK: PRIV002

        var welcome = new EmailMessage(
            customer.Email,
            $"Welcome, {customer.FirstName}!",
            EmailTemplates.Welcome(customer.FirstName, customer.Market),
            "welcome-v3");
        var queued = await email.SendAsync(welcome, ct); // CLEAN
        logger.LogInformation("Welcome e-mail for {CustomerId} sent to {Recipient}: {Queued}", customer.Id, Redaction.MaskEmail(customer.Email), queued); // CLEAN

        return new RegistrationResult(customer.Id, customer.Tier, queued);
    }

    public async Task<CustomerProfile> GetProfileAsync(Guid id, int orderCount, CancellationToken ct)
    {
        var customer = await repository.FindAsync(id, ct) ?? throw new NotFoundException("Customer", id);
        cache.Set(customer.Id, ToSummary(customer));
        return CustomerProfile.From(customer, orderCount);
    }

    /// <summary>What the support tool shows an agent; the phone number is masked before it is audited.</summary>
    public async Task<CustomerProfile> GetProfileForSupportAsync(Guid id, string agentId, int orderCount, CancellationToken ct)
    {
        var profile = await GetProfileAsync(id, orderCount, ct);
        var audited = profile with { Phone = Redaction.MaskPhone(profile.Phone) };
        logger.LogInformation("Support agent {AgentId} opened profile {@Profile}", agentId, audited); // LEAK: PRIV003
        return profile;
    }

    public async Task<CustomerProfile> UpdateContactAsync(Guid id, UpdateContactRequest request, CancellationToken ct)
    {
        var customer = await repository.FindAsync(id, ct) ?? throw new NotFoundException("Customer", id);
        try
        {
            if (request.Email is not null)
            {
                CustomerValidator.EnsureValidEmail(request.Email);
            }

            if (request.Phone is not null)
            {
                CustomerValidator.EnsureValidPhone(request.Phone);
            }
        }
        catch (ValidationException ex)
        {
            logger.LogWarning(ex, "Contact update for customer {CustomerId} failed validation on {Field}", id, ex.Field); // LEAK: PRIV003
            throw;
        }

        var changedEmail = request.Email is not null && !string.Equals(request.Email, customer.Email, StringComparison.OrdinalIgnoreCase);
        if (changedEmail && await repository.ExistsAsync(request.Email!, ct))
        {
            throw new DuplicateCustomerException("That e-mail address belongs to another account.");
        }

        customer.Email = request.Email?.Trim().ToLowerInvariant() ?? customer.Email;
        customer.Phone = request.Phone is null ? customer.Phone : CustomerValidator.NormalizePhone(request.Phone);
        customer.ShippingAddress = request.Address?.ToAddress() ?? customer.ShippingAddress;
        await repository.UpdateAsync(customer, ct);
        cache.Remove(customer.Id);

        logger.LogInformation("Customer {CustomerId} updated contact details (email changed: {EmailChanged})", customer.Id, changedEmail); // CLEAN
        if (changedEmail)
        {
            await email.SendAsync(new EmailMessage(customer.Email, "Your e-mail address was changed", EmailTemplates.EmailChanged(customer.FirstName), "email-changed-v1"), ct); // CLEAN
        }

        return CustomerProfile.From(customer, 0);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var customer = await repository.FindAsync(id, ct) ?? throw new NotFoundException("Customer", id);
        customer.IsDeleted = true;
        customer.Email = $"deleted-{customer.Id:N}@invalid";
        customer.Phone = null;
        customer.ShippingAddress = null;
        await repository.UpdateAsync(customer, ct);
        cache.Remove(id);
        CustomerDeleted?.Invoke(this, id);
        logger.LogInformation("Customer {CustomerId} erased on request", id); // CLEAN
    }

    public async Task<IReadOnlyList<CustomerListItem>> ListAsync(CustomerTier? tier, CancellationToken ct)
    {
        var customers = await repository.ListAsync(c => tier is null || c.Tier == tier, ct);
        logger.LogDebug("Listing {Count} customers for tier filter {Tier}", customers.Count, tier); // CLEAN
        return customers.Select(c => new CustomerListItem(c.Id, c.Tier, c.Market, c.LoyaltyPoints)).ToList();
    }

    public async Task<CustomerSummary> GetSummaryAsync(Guid id, CancellationToken ct) =>
        await cache.GetOrAddAsync(id, async key =>
        {
            var customer = await repository.FindAsync(key, ct) ?? throw new NotFoundException("Customer", key);
            return ToSummary(customer);
        });

    private static CustomerSummary ToSummary(Customer customer) =>
        new(customer.Id, customer.FirstName, customer.Email, customer.Tier, customer.Market);
}
