// Stand-in for MediatR's registration: services.AddMediatR(cfg => cfg.RegisterServicesFromAssemblyContaining(...).AddOpenBehavior(...)).
using System.Reflection;
using MediatR;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What AddMediatR's callback configures.</summary>
public sealed class MediatRServiceConfiguration
{
    internal List<Assembly> Assemblies { get; } = [];
    internal List<ServiceDescriptor> Behaviours { get; } = [];

    public MediatRServiceConfiguration RegisterServicesFromAssembly(Assembly assembly)
    {
        Assemblies.Add(assembly);
        return this;
    }

    public MediatRServiceConfiguration RegisterServicesFromAssemblyContaining(Type type) => RegisterServicesFromAssembly(type.Assembly);

    public MediatRServiceConfiguration RegisterServicesFromAssemblyContaining<T>() => RegisterServicesFromAssemblyContaining(typeof(T));

    public MediatRServiceConfiguration RegisterServicesFromAssemblies(params Assembly[] assemblies)
    {
        Assemblies.AddRange(assemblies);
        return this;
    }

    /// <summary>An open generic IPipelineBehavior&lt;,&gt; implementation, run for every request.</summary>
    public MediatRServiceConfiguration AddOpenBehavior(Type openBehaviorType, ServiceLifetime serviceLifetime = ServiceLifetime.Transient)
    {
        Behaviours.Add(new ServiceDescriptor(typeof(IPipelineBehavior<,>), openBehaviorType, serviceLifetime));
        return this;
    }
}

public static class MediatRServiceCollectionExtensions
{
    private static readonly Type[] HandlerInterfaces = [typeof(IRequestHandler<,>), typeof(IRequestHandler<>), typeof(INotificationHandler<>)];

    public static IServiceCollection AddMediatR(this IServiceCollection services, Action<MediatRServiceConfiguration> configuration)
    {
        var config = new MediatRServiceConfiguration();
        configuration(config);
        services.AddTransient<IMediator, Mediator>();
        services.AddTransient<ISender>(sp => sp.GetRequiredService<IMediator>());
        services.AddTransient<IPublisher>(sp => sp.GetRequiredService<IMediator>());
        // Every concrete handler of the scanned assemblies, under each handler interface it implements.
        foreach (var type in config.Assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddTransient(contract, type);
            }
        }
        foreach (var behaviour in config.Behaviours)
        {
            services.Add(behaviour);
        }
        return services;
    }
}
