using PrivacyAnalyzers.Tests.Catalog;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>
/// Shapes of real ASP.NET Core services (dotnet/eShop's ordering and basket services) that gave false alarms or
/// were missed: a logger beside marked members, results that cannot hold personal data, generic handlers reached
/// through DI. Against the real logging abstractions.
/// </summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class RealServiceTests
{
    private static readonly (string, string) Logging = ("Microsoft.Extensions.Logging.Abstractions", "8.0.2");

    [Fact]
    public Task The_receiver_is_not_the_data() => CatalogFlowTests.Test("""
        using Microsoft.Extensions.Logging;
        public class OrderService(ILogger<OrderService> logger, Account owner)
        {
            private readonly ILogger _log = logger;
            public Account Owner { get; } = owner;
            public ILogger Logger { get; } = logger;
            public void Place(int count)
            {
                logger.LogInformation("Placing an order");
                _log.LogInformation("Order of {Count} items", count);
                Logger.LogWarning("Order placed for {Id}", Owner.Id);
                logger.LogInformation("Owner {Email}", {|PRIV003:Owner.Email|});
            }
        }
        """, Logging).RunAsync();

    private const string Mediator = """
        public interface IRequest<TResponse> { }
        public delegate System.Threading.Tasks.Task<TResponse> RequestHandlerDelegate<TResponse>();
        public interface IPipelineBehavior<TRequest, TResponse> { System.Threading.Tasks.Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next); }
        public record CreateOrderCommand([property: PersonalData(DataCategory.CreditCard)] string CardNumber, int Items) : IRequest<bool>;
        public record CancelOrderCommand(int OrderNumber) : IRequest<bool>;
        """;

    [Fact]
    public Task A_pipeline_behaviour_reached_through_DI_logs_what_its_constrained_requests_carry() => CatalogFlowTests.Test("""
        using Microsoft.Extensions.Logging;
        public class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger) : IPipelineBehavior<TRequest, TResponse>
            where TRequest : IRequest<TResponse>
        {
            public async System.Threading.Tasks.Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next)
            {
                logger.LogInformation("Handling command {CommandName} ({@Command})", typeof(TRequest).Name, {|PRIV003:request|});
                logger.LogInformation("{Type} {Property}", request.GetType().Name, request.GetType().GetProperty("CardNumber"));
                logger.LogInformation("{Count}", request.GetType().GetGenericArguments().Length);
                logger.LogInformation("{Handler}", System.Type.GetType(request + "Handler")?.GetMethod("Handle")?.Name);
                var response = await next();
                logger.LogInformation("Command handled - response: {@Response}", response);
                return response;
            }
        }
        public class Unconstrained<T>(ILogger<Unconstrained<T>> logger)
        {
            public void Log(T value) => logger.LogInformation("{Value}", value);
        }
        """ + Mediator, Logging).RunAsync();

    private const string Sender = """
        public interface ISender { System.Threading.Tasks.Task<TResponse> Send<TResponse>(IRequest<TResponse> request); }
        public abstract class IdentifiedCommandHandler<T, R>(ISender mediator, ILogger logger) where T : IRequest<R>
        {
            public async System.Threading.Tasks.Task<R> Handle(T command)
            {
                var result = await mediator.Send(command);
                logger.LogInformation("Command result: {@Result} ({@Command})", result, {|PRIV003:command|});
                return result;
            }
        }
        """;

    [Fact]
    public Task What_unseen_code_returns_as_a_type_parameter_every_subclass_fixes_to_bool_is_clean() => CatalogFlowTests.Test("""
        using Microsoft.Extensions.Logging;
        public sealed class CreateOrderHandler(ISender mediator, ILogger logger) : IdentifiedCommandHandler<CreateOrderCommand, bool>(mediator, logger) { }
        public sealed class CancelOrderHandler(ISender mediator, ILogger logger) : IdentifiedCommandHandler<CancelOrderCommand, bool>(mediator, logger) { }
        """ + Sender + Mediator, Logging).RunAsync();

    [Fact]
    public Task A_type_parameter_one_subclass_leaves_text_is_not_clean() => CatalogFlowTests.Test("""
        using Microsoft.Extensions.Logging;
        public record LookupCommand([property: PersonalData(DataCategory.CreditCard)] string CardNumber) : IRequest<string>;
        public sealed class CreateOrderHandler(ISender mediator, ILogger logger) : IdentifiedCommandHandler<CreateOrderCommand, bool>(mediator, logger) { }
        public sealed class LookupHandler(ISender mediator, ILogger logger) : IdentifiedCommandHandler<LookupCommand, string>(mediator, logger) { }
        """ + Sender.Replace("{@Result} ({@Command})\", result,", "{@Result} ({@Command})\", {|PRIV003:result|},")
            .Replace("Task<R> Handle(", "Task<R> {|PRIV020:Handle|}(") + Mediator, Logging).RunAsync();
}
