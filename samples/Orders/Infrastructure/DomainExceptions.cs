namespace Orders.Infrastructure;

/// <summary>An error the client caused; the middleware turns it into a problem response.</summary>
public abstract class DomainException(string message, Exception? inner = null) : Exception(message, inner)
{
    public abstract int StatusCode { get; }

    public abstract string ErrorCode { get; }
}

public sealed class NotFoundException(string entity, Guid id) : DomainException($"{entity} {id} was not found.")
{
    public string Entity { get; } = entity;

    public Guid EntityId { get; } = id;

    public override int StatusCode => StatusCodes.Status404NotFound;

    public override string ErrorCode => "not_found";
}

public sealed class DuplicateCustomerException(string message) : DomainException(message)
{
    public override int StatusCode => StatusCodes.Status409Conflict;

    public override string ErrorCode => "customer_exists";
}

public sealed class ValidationException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;

    public override int StatusCode => StatusCodes.Status400BadRequest;

    public override string ErrorCode => "validation_failed";
}

public sealed class PaymentDeclinedException(Guid orderId, string refusalReason)
    : DomainException($"Payment for order {orderId} was declined: {refusalReason}")
{
    public Guid OrderId { get; } = orderId;

    public override int StatusCode => StatusCodes.Status402PaymentRequired;

    public override string ErrorCode => "payment_declined";
}

public sealed class OrderStateException(Guid orderId, string status, string action)
    : DomainException($"Order {orderId} is {status} and cannot be {action}.")
{
    public override int StatusCode => StatusCodes.Status409Conflict;

    public override string ErrorCode => "invalid_order_state";
}
