using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrivacyAnalyzers.Tests.Editor;

/// <summary>
/// A minimal LSP client over stdio: JSON-RPC messages with Content-Length headers. It answers the
/// server's <c>workspace/configuration</c> with the csharp-ls settings and every other server request with null.
/// </summary>
public sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly JsonObject _settings;
    private readonly StringBuilder _log = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private int _nextId;

    private LanguageServerClient(Process process, JsonObject settings)
    {
        _process = process;
        _settings = settings;
        _ = Task.Run(ReadLoopAsync);
        _process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.BeginErrorReadLine();
    }

    /// <summary>What the server wrote to stderr, for failure messages.</summary>
    public string Log
    {
        get { lock (_log) { return _log.ToString(); } }
    }

    /// <summary>Starts <c>dotnet tool run {tool}</c> in <paramref name="toolDirectory"/> (where the tool manifest is found).</summary>
    public static LanguageServerClient Start(string toolDirectory, string tool, JsonObject settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = toolDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "tool", "run", tool })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(EndToEnd.DotNetCli.IsInheritedBuildVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new LanguageServerClient(Process.Start(start)!, settings);
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var pending = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = pending;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await pending.Task.WaitAsync(timeout);
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync("shutdown", null, TimeSpan.FromSeconds(10));
            await NotifyAsync("exit", null);
            await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The server did not stop by itself; stop the process this client started.
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            var stream = _process.StandardInput.BaseStream;
            await stream.WriteAsync(header);
            await stream.WriteAsync(body);
            await stream.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(stream) is { } message)
            {
                await HandleAsync(message);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or JsonException)
        {
            // The server went away; pending requests fail below.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("The language server closed its output.\n" + Log));
        }
    }

    private async Task HandleAsync(JsonObject message)
    {
        var hasId = message.TryGetPropertyValue("id", out var idNode) && idNode != null;
        if (message["method"] is JsonValue method && hasId)
        {
            // A request from the server.
            JsonNode? result = method.GetValue<string>() == "workspace/configuration"
                ? new JsonArray(((JsonArray)message["params"]!["items"]!).Select(_ => (JsonNode?)_settings.DeepClone()).ToArray())
                : null;
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = idNode!.DeepClone(), ["result"] = result });
        }
        else if (hasId && _pending.TryRemove(idNode!.GetValue<int>(), out var pending))
        {
            if (message["error"] is { } error)
            {
                pending.TrySetException(new InvalidOperationException("LSP error: " + error.ToJsonString()));
            }
            else
            {
                pending.TrySetResult(message["result"]);
            }
        }
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream stream)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadLineAsync(stream);
            if (line == null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim());
            }
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return JsonNode.Parse(body) as JsonObject;
    }

    private static async Task<string?> ReadLineAsync(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1)
        {
            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }

        return null;
    }
}
