using System.Text.Json.Serialization;
using Analytics.Warehouse.Configuration;
using MailKit.Security;
using MimeKit;

namespace Analytics.Cli.Delivery;

/// <summary><c>"smtp"</c> of the --config file, as written.</summary>
internal sealed record SmtpSection(
    [property: JsonPropertyName("host")] string? Host,
    [property: JsonPropertyName("port")] int? Port,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("tls")] string? Tls,
    [property: JsonPropertyName("user")] string? User);

/// <summary>The mail server that delivers the reports, and how hard to try it.</summary>
internal sealed record SmtpSettings(string Host, int Port, MailboxAddress From, SecureSocketOptions Tls, string? User, string? Password)
{
    public const string PasswordVariable = "SENIM_SMTP_PASSWORD";

    /// <summary>Retries of one message after a refused or dropped connection; the waits double from <see cref="FirstRetryDelay"/>.</summary>
    public int RetryAttempts { get; init; } = 4;

    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one command to the server may take before the connection counts as dropped.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public static SmtpSettings Read(SmtpSection? section, string? configPath, string? password)
    {
        if (section is null)
        {
            throw new ConfigurationException(
                $"Не задан почтовый сервер: добавьте в файл настроек (--config{(configPath is null ? "" : " " + configPath)}) раздел \"smtp\": {{\"host\", \"port\", \"from\", \"tls\": \"none|starttls|ssl\", \"user\"}}.",
                $"Пошта сервері берілмеген: баптау файлына (--config{(configPath is null ? "" : " " + configPath)}) \"smtp\": {{\"host\", \"port\", \"from\", \"tls\": \"none|starttls|ssl\", \"user\"}} бөлімін қосыңыз.");
        }

        if (string.IsNullOrWhiteSpace(section.Host))
        {
            throw Wrong(configPath, "smtp.host", "имя или адрес почтового сервера", "пошта серверінің аты немесе мекенжайы");
        }

        if (section.Port is not { } port || port is < 1 or > 65535)
        {
            throw Wrong(configPath, "smtp.port", "номер порта 1–65535 (обычно 25, 587 или 465)", "1–65535 порт нөмірі (әдетте 25, 587 немесе 465)");
        }

        if (!MailAddresses.TryParse(section.From, out var from))
        {
            throw Wrong(configPath, "smtp.from", "адрес отправителя, например «Senim Analytics <analytics@fprk.kz>»", "жіберушінің мекенжайы, мысалы «Senim Analytics <analytics@fprk.kz>»");
        }

        var tls = section.Tls switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "ssl" => SecureSocketOptions.SslOnConnect,
            _ => throw Wrong(configPath, "smtp.tls", "none, starttls или ssl", "none, starttls немесе ssl"),
        };
        var user = string.IsNullOrWhiteSpace(section.User) ? null : section.User;
        if (user is not null && string.IsNullOrEmpty(password))
        {
            throw new ConfigurationException(
                $"Для пользователя smtp.user «{user}» нужен пароль: задайте его в переменной окружения {PasswordVariable}.",
                $"smtp.user «{user}» пайдаланушысына құпиясөз керек: оны {PasswordVariable} орта айнымалысында беріңіз.");
        }

        return new SmtpSettings(section.Host, port, from, tls, user, user is null ? null : password);
    }

    private static ConfigurationException Wrong(string? configPath, string key, string expectedRu, string expectedKk) => new(
        $"{configPath ?? "--config"}, ключ {key}: ожидается {expectedRu}.",
        $"{configPath ?? "--config"}, {key} кілті: {expectedKk} күтіледі.");

    // The password is left out of any text made of these settings, should one ever be printed.
    public override string ToString() => $"{Host}:{Port} ({Tls}), from {From}, user {User ?? "—"}";
}
