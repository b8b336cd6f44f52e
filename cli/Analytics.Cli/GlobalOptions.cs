using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Analytics.Cli.Console;
using Analytics.Cli.Delivery;
using Analytics.Cli.Errors;
using Analytics.Cli.Serve;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;

namespace Analytics.Cli;

/// <summary>Options every verb takes: the warehouse file, a configuration file and the language.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Warehouse { get; } = new("--warehouse")
    {
        Description = "Файл хранилища DuckDB (по умолчанию warehouse.duckdb в текущей папке) / DuckDB warehouse file",
        Recursive = true,
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "Файл настроек JSON: {\"warehouse\": \"...\", \"pseudonym_secret\": \"...\", \"memory_limit\": \"640MB\", \"smtp\": {...}, \"serve\": {...}}",
        Recursive = true,
    };

    public Option<string> Language { get; } = new("--lang")
    {
        Description = "Язык сообщений и отчётов: ru или kk / Language: ru or kk",
        Recursive = true,
        DefaultValueFactory = _ => "ru",
    };

    public Option<int> Wait { get; } = new("--wait")
    {
        Description = "Сколько секунд ждать, пока хранилище занято другим процессом (по умолчанию 60) / Seconds to wait for a busy warehouse",
        Recursive = true,
        DefaultValueFactory = _ => 60,
    };

    public GlobalOptions()
    {
        Language.AcceptOnlyFromAmong("ru", "kk");
        Wait.Validators.Add(result =>
        {
            // a value that is no number is the parser's own error: reading it here would throw
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds < 0)
            {
                result.AddError(UsageErrors.NotBelow("--wait", 0, token.Value));
            }
        });
    }

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Warehouse);
        root.Options.Add(Config);
        root.Options.Add(Language);
        root.Options.Add(Wait);
    }

    public CliLanguage LanguageOf(ParseResult result) => new(result.GetValue(Language) ?? "ru");

    /// <summary>For the usage errors themselves: Russian when --lang is one of them.</summary>
    public CliLanguage LanguageOfUsage(ParseResult result) =>
        result.Errors.Any(error => error.SymbolResult is OptionResult option && option.Option == Language) ? new CliLanguage("ru") : LanguageOf(result);

    /// <summary>The warehouse, opened waiting up to --wait seconds for another process, saying so on stderr.</summary>
    public WarehouseDatabase WarehouseOf(ParseResult result)
    {
        var language = LanguageOf(result);
        var wait = TimeSpan.FromSeconds(result.GetValue(Wait));
        var path = result.GetValue(Warehouse) ?? ConfigFile(result)?.Warehouse ?? "warehouse.duckdb";
        return new WarehouseDatabase(path)
        {
            Memory = MemoryOf(result),
            LockWait = wait,
            OnWaiting = holder => System.Console.Error.WriteLine(language.Say(
                $"Хранилище {Path.GetFullPath(path)} занято: его держит {holder}. Жду до {wait.TotalSeconds:0} с…",
                $"{Path.GetFullPath(path)} қоймасы бос емес: оны {holder} ұстап тұр. {wait.TotalSeconds:0} с дейін күтемін…")),
        };
    }

    /// <summary>DuckDB's memory limit: <c>SENIM_MEMORY_LIMIT</c>, else <c>memory_limit</c> in --config, else the default.</summary>
    public WarehouseMemory MemoryOf(ParseResult result) =>
        WarehouseMemory.Resolve(Environment.GetEnvironmentVariable(WarehouseMemory.Variable), ConfigFile(result)?.MemoryLimit, result.GetValue(Config));

    public string? PseudonymSecretOf(ParseResult result) => ConfigFile(result)?.PseudonymSecret;

    /// <summary>The mail server of <c>smtp</c> in --config, with the password from <c>SENIM_SMTP_PASSWORD</c>.</summary>
    public SmtpSettings SmtpOf(ParseResult result) =>
        SmtpSettings.Read(ConfigFile(result)?.Smtp, result.GetValue(Config), Environment.GetEnvironmentVariable(SmtpSettings.PasswordVariable));

    /// <summary>When <c>serve</c> prints and delivers each family: <c>serve</c> in --config, or the defaults.</summary>
    public ServeSchedule ServeScheduleOf(ParseResult result) => ServeSchedule.From(ConfigFile(result)?.Serve, result.GetValue(Config));

    private ConfigFileContents? ConfigFile(ParseResult result)
    {
        var path = result.GetValue(Config);
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new ConfigurationException($"Файл настроек {path} не найден: проверьте путь в --config.", $"{path} баптау файлы табылмады: --config жолын тексеріңіз.");
        }

        try
        {
            return JsonSerializer.Deserialize<ConfigFileContents>(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new ConfigurationException($"{path}: это не JSON ({exception.Message}).", $"{path}: бұл JSON емес ({exception.Message}).", exception);
        }
    }

    private sealed record ConfigFileContents(
        [property: JsonPropertyName("warehouse")] string? Warehouse,
        [property: JsonPropertyName("pseudonym_secret")] string? PseudonymSecret,
        [property: JsonPropertyName(WarehouseMemory.ConfigKey)] string? MemoryLimit,
        [property: JsonPropertyName("smtp")] SmtpSection? Smtp,
        [property: JsonPropertyName("serve")] ServeSection? Serve);
}
