using System.Net;
using System.Net.Sockets;

namespace Analytics.EndToEnd.Tests.Delivery;

/// <summary>
/// Stands between the client and a real server on loopback and drops its first connection in the middle of the
/// message: once the client has sent <see cref="DropAfterBytes"/> bytes (past the few hundred of the envelope
/// commands), both sides are closed without an answer. Later connections pass through untouched.
/// </summary>
public sealed class DroppingProxy : IDisposable
{
    private const int DropAfterBytes = 2000;
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int target;
    private int connections;

    public DroppingProxy(int target)
    {
        this.target = target;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public int Dropped { get; private set; }

    public void Dispose() => listener.Stop();

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client, drop: Interlocked.Increment(ref connections) == 1);
        }
    }

    private async Task RelayAsync(TcpClient client, bool drop)
    {
        using (client)
        using (var server = new TcpClient())
        {
            await server.ConnectAsync(IPAddress.Loopback, target);
            using var cancel = new CancellationTokenSource();
            var down = PumpAsync(server.GetStream(), client.GetStream(), long.MaxValue, cancel.Token);
            var up = PumpAsync(client.GetStream(), server.GetStream(), drop ? DropAfterBytes : long.MaxValue, cancel.Token);
            await Task.WhenAny(down, up);
            if (drop && up.IsCompleted)
            {
                Dropped++;
            }

            await cancel.CancelAsync();
        }
    }

    /// <summary>Copies until either side closes or <paramref name="limit"/> bytes have passed.</summary>
    private static async Task PumpAsync(NetworkStream from, NetworkStream to, long limit, CancellationToken cancellation)
    {
        var buffer = new byte[4096];
        long copied = 0;
        try
        {
            while (copied < limit)
            {
                var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - copied)), cancellation);
                if (read == 0)
                {
                    return;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), cancellation);
                copied += read;
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The other side closed: the relay ends.
        }
    }
}
