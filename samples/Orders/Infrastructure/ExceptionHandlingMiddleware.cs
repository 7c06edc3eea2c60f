using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Orders.Infrastructure;

/// <summary>Turns exceptions into problem responses and logs them once, here.</summary>
public sealed class ExceptionHandlingMiddleware(RequestDelegate next, ILogger<ExceptionHandlingMiddleware> logger, IHostEnvironment environment)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (DomainException ex)
        {
            logger.LogWarning(ex, "Request {Method} {Path} rejected with {ErrorCode}", context.Request.Method, context.Request.Path, ex.ErrorCode); // LEAK: PRIV003
            await WriteProblemAsync(context, ex.StatusCode, ex.ErrorCode, ex.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            logger.LogDebug("Request {Method} {Path} aborted by the client", context.Request.Method, context.Request.Path); // CLEAN
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path); // CLEAN
            var detail = environment.IsDevelopment() ? ex.GetType().Name : "An unexpected error occurred.";
            await WriteProblemAsync(context, StatusCodes.Status500InternalServerError, "internal_error", detail);
        }
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string errorCode, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        var problem = new ProblemDetails
        {
            Status = status,
            Title = errorCode.Replace('_', ' '),
            Detail = detail,
            Instance = context.Request.Path,
        };
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        problem.Extensions["errorCode"] = errorCode;

        context.Response.Clear();
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(problem);
    }
}
