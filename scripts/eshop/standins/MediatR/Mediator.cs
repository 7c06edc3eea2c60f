// Stand-in for MediatR's dispatcher: resolves the handler and the open pipeline behaviours from the container.
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace MediatR;

/// <summary>Dispatches through reflection; enough for eShop to compile and run its handlers.</summary>
public sealed class Mediator(IServiceProvider services) : IMediator
{
    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handlerType = typeof(IRequestHandler<,>).MakeGenericType(request.GetType(), typeof(TResponse));
        var handler = services.GetRequiredService(handlerType);
        RequestHandlerDelegate<TResponse> next = ct => (Task<TResponse>)Invoke(handler, "Handle", request, ct);
        return WithBehaviours(request, next, cancellationToken)(cancellationToken);
    }

    public async Task Send<TRequest>(TRequest request, CancellationToken cancellationToken = default) where TRequest : IRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        var handler = services.GetRequiredService(typeof(IRequestHandler<>).MakeGenericType(request.GetType()));
        RequestHandlerDelegate<Unit> next = async ct =>
        {
            await (Task)Invoke(handler, "Handle", request, ct);
            return Unit.Value;
        };
        await WithBehaviours(request, next, cancellationToken)(cancellationToken);
    }

    public async Task<object?> Send(object request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var responseType = request.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))?.GetGenericArguments()[0];
        if (responseType is null)
        {
            await (Task)typeof(Mediator).GetMethods().Single(m => m.Name == nameof(Send) && m.IsGenericMethod && m.GetGenericArguments()[0].GetGenericParameterConstraints().Length > 0)
                .MakeGenericMethod(request.GetType()).Invoke(this, [request, cancellationToken])!;
            return Unit.Value;
        }
        var task = (Task)typeof(Mediator).GetMethods().Single(m => m.Name == nameof(Send) && m.IsGenericMethod && m.GetParameters()[0].ParameterType.IsGenericType)
            .MakeGenericMethod(responseType).Invoke(this, [request, cancellationToken])!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task);
    }

    public Task Publish(object notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var handlers = services.GetServices(typeof(INotificationHandler<>).MakeGenericType(notification.GetType()));
        return PublishTo(handlers, notification, cancellationToken);
    }

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Publish((object)notification, cancellationToken);

    private static async Task PublishTo(IEnumerable<object?> handlers, object notification, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            if (handler is not null)
            {
                await (Task)Invoke(handler, "Handle", notification, cancellationToken);
            }
        }
    }

    // The first registered behaviour runs first, as in MediatR.
    private RequestHandlerDelegate<TResponse> WithBehaviours<TResponse>(object request, RequestHandlerDelegate<TResponse> handler, CancellationToken cancellationToken)
    {
        var behaviourType = typeof(IPipelineBehavior<,>).MakeGenericType(request.GetType(), typeof(TResponse));
        var next = handler;
        foreach (var behaviour in services.GetServices(behaviourType).Reverse())
        {
            var inner = next;
            next = ct => (Task<TResponse>)Invoke(behaviour!, "Handle", request, inner, ct);
        }
        return next;
    }

    private static object Invoke(object target, string method, params object[] arguments)
    {
        try
        {
            return target.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance, arguments.Select(a => a.GetType()).ToArray())?.Invoke(target, arguments)
                ?? target.GetType().GetMethods().First(m => m.Name == method && m.GetParameters().Length == arguments.Length).Invoke(target, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
