using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Analytics.EndToEnd.Tests.Delivery;

/// <summary>A real SMTP server (the SmtpServer package) on a loopback port, keeping every message it accepted.</summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly (string User, string Password)? login;
    private Task? running;

    /// <param name="login">When given, the server requires this user and password (over plain text: loopback only).</param>
    public LoopbackSmtpServer(int? port = null, (string User, string Password)? login = null)
    {
        Port = port ?? FreePort();
        this.login = login;
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>Starts listening and returns once the port accepts connections.</summary>
    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AuthenticationRequired(login is not null)
                .AllowUnsecureAuthentication(login is not null))
            .Build();
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, _) => started.TrySetResult();
        var services = new ServiceProvider();
        services.Add(new Store(Received));
        services.Add(listeners);
        if (login is { } expected)
        {
            services.Add(new DelegatingUserAuthenticator((user, password) => user == expected.User && password == expected.Password));
        }
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>What one address received: the file names attached to each message, by subject.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(message => message.To.Mailboxes.Any(m => m.Address == address)).ToList();

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (running is not null)
        {
            await running.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
