using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;
using Polly;
using Polly.Retry;

namespace Analytics.Cli.Delivery;

/// <summary>
/// Sends messages over one SMTP connection, opened when first needed. A refused or dropped connection (or a 4xx
/// "try later" from the server) is retried on a fresh connection, waiting longer each time; the message is sent whole
/// again, since the server never acknowledged it.
/// </summary>
internal sealed class Mailer : IAsyncDisposable
{
    private readonly SmtpSettings settings;
    private readonly ResiliencePipeline retry;
    private SmtpClient? client;

    /// <param name="onRetry">Told, before each wait, why the attempt failed and how long the wait is.</param>
    public Mailer(SmtpSettings settings, Action<Exception, TimeSpan> onRetry)
    {
        this.settings = settings;
        retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = settings.RetryAttempts,
                Delay = settings.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = arguments =>
                {
                    onRetry(arguments.Outcome.Exception!, arguments.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>The server cannot be reached or dropped the connection, or asked to try later (4xx).</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SocketException or IOException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException => true,
        _ => false,
    };

    /// <summary>Sends the message, retrying transient failures; throws the last failure when every attempt failed.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellation)
    {
        await retry.ExecuteAsync(
            async token =>
            {
                try
                {
                    var connected = await ConnectedAsync(token);
                    await connected.SendAsync(message, token);
                }
                catch (Exception exception) when (IsTransient(exception))
                {
                    Drop();
                    throw;
                }
            },
            cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        if (client is { IsConnected: true })
        {
            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception exception) when (IsTransient(exception))
            {
                // Everything was sent; a server that drops the QUIT changes nothing.
            }
        }

        Drop();
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellation)
    {
        if (client is { IsConnected: true })
        {
            return client;
        }

        Drop();
        client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, settings.Tls, cancellation);
        if (settings.User is { } user)
        {
            await client.AuthenticateAsync(user, settings.Password ?? "", cancellation);
        }

        return client;
    }

    private void Drop()
    {
        client?.Dispose();
        client = null;
    }
}
