using System.Threading.Channels;

namespace Orders.Fulfilment;

/// <summary>A bounded in-process queue between the order path and the fulfilment worker.</summary>
public sealed class FulfilmentQueue
{
    private readonly Channel<ShipmentRequest> _channel = Channel.CreateBounded<ShipmentRequest>(new BoundedChannelOptions(500)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private int _pending;

    public int Pending => Volatile.Read(ref _pending);

    public ChannelReader<ShipmentRequest> Reader => _channel.Reader;

    public async ValueTask EnqueueAsync(ShipmentRequest request, CancellationToken ct)
    {
        await _channel.Writer.WriteAsync(request, ct);
        Interlocked.Increment(ref _pending);
    }

    public void MarkDone() => Interlocked.Decrement(ref _pending);

    public bool TryRequeue(ShipmentRequest request) => _channel.Writer.TryWrite(request with { Attempt = request.Attempt + 1 });

    public void Complete() => _channel.Writer.TryComplete();
}
