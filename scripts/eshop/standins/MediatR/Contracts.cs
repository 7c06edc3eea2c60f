// Stand-in for MediatR's public contracts (the subset eShop uses), same names and shapes as MediatR 13.
namespace MediatR;

/// <summary>Marker for every request.</summary>
public interface IBaseRequest { }

/// <summary>A request with a response.</summary>
public interface IRequest<out TResponse> : IBaseRequest { }

/// <summary>A request without a response.</summary>
public interface IRequest : IBaseRequest { }

/// <summary>Handles a request with a response.</summary>
public interface IRequestHandler<in TRequest, TResponse> where TRequest : IRequest<TResponse>
{
    Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
}

/// <summary>Handles a request without a response.</summary>
public interface IRequestHandler<in TRequest> where TRequest : IRequest
{
    Task Handle(TRequest request, CancellationToken cancellationToken);
}

/// <summary>The next step of the pipeline: the next behaviour, or the handler.</summary>
public delegate Task<TResponse> RequestHandlerDelegate<TResponse>(CancellationToken t = default);

/// <summary>Wraps the handling of a request (logging, validation, transactions).</summary>
public interface IPipelineBehavior<in TRequest, TResponse> where TRequest : notnull
{
    Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
}

/// <summary>Marker for a notification (published to every handler).</summary>
public interface INotification { }

/// <summary>Handles a notification.</summary>
public interface INotificationHandler<in TNotification> where TNotification : INotification
{
    Task Handle(TNotification notification, CancellationToken cancellationToken);
}

/// <summary>Sends a request to its one handler.</summary>
public interface ISender
{
    Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);
    Task Send<TRequest>(TRequest request, CancellationToken cancellationToken = default) where TRequest : IRequest;
    Task<object?> Send(object request, CancellationToken cancellationToken = default);
}

/// <summary>Publishes a notification to every handler.</summary>
public interface IPublisher
{
    Task Publish(object notification, CancellationToken cancellationToken = default);
    Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification;
}

/// <summary>Both.</summary>
public interface IMediator : ISender, IPublisher { }

/// <summary>The response of a request that has none.</summary>
public readonly struct Unit : IEquatable<Unit>
{
    public static readonly Unit Value = new();
    public static Task<Unit> Task { get; } = System.Threading.Tasks.Task.FromResult(Value);
    public bool Equals(Unit other) => true;
    public override bool Equals(object? obj) => obj is Unit;
    public override int GetHashCode() => 0;
    public override string ToString() => "()";
}
