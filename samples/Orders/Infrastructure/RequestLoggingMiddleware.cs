using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Orders.Infrastructure;

/// <summary>Access log and a per-IP rate limit on the sign-up and checkout endpoints.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    private const int LimitPerMinute = 30;
    private static readonly ConcurrentDictionary<IPAddress, (DateTimeOffset WindowStart, int Count)> Windows = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var ip = context.Connection.RemoteIpAddress ?? IPAddress.None;
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ClientIp"] = ip.ToString(), ["TraceId"] = context.TraceIdentifier }); // CLEAN

        if (IsLimited(context.Request.Path) && !Admit(ip))
        {
            logger.LogWarning("Rate limit hit by {ClientIp} on {Path}", ip, context.Request.Path); // CLEAN
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        await next(context);
        stopwatch.Stop();
        logger.LogInformation("{Method} {Path} -> {StatusCode} in {ElapsedMs} ms", context.Request.Method, context.Request.Path, context.Response.StatusCode, stopwatch.ElapsedMilliseconds); // CLEAN
    }

    private static bool IsLimited(PathString path) =>
        path.StartsWithSegments("/customers", StringComparison.OrdinalIgnoreCase) && !path.Value!.Contains("/orders", StringComparison.Ordinal)
        || path.StartsWithSegments("/orders", StringComparison.OrdinalIgnoreCase);

    private static bool Admit(IPAddress ip)
    {
        var now = DateTimeOffset.UtcNow;
        var window = Windows.AddOrUpdate(
            ip,
            _ => (now, 1),
            (_, current) => now - current.WindowStart > TimeSpan.FromMinutes(1) ? (now, 1) : (current.WindowStart, current.Count + 1));
        return window.Count <= LimitPerMinute;
    }
}
