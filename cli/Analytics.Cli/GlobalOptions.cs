using System.CommandLine;
using System.Text.Json;
using Analytics.Cli.Console;
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
        Description = "Файл настроек JSON: {\"warehouse\": \"...\", \"pseudonym_secret\": \"...\"}",
        Recursive = true,
    };

    public Option<string> Language { get; } = new("--lang")
    {
        Description = "Язык сообщений и отчётов: ru или kk / Language: ru or kk",
        Recursive = true,
        DefaultValueFactory = _ => "ru",
    };

    public GlobalOptions() => Language.AcceptOnlyFromAmong("ru", "kk");

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Warehouse);
        root.Options.Add(Config);
        root.Options.Add(Language);
    }

    public CliLanguage LanguageOf(ParseResult result) => new(result.GetValue(Language) ?? "ru");

    public WarehouseDatabase WarehouseOf(ParseResult result) =>
        new(result.GetValue(Warehouse) ?? ConfigFile(result)?.Warehouse ?? "warehouse.duckdb");

    public string? PseudonymSecretOf(ParseResult result) => ConfigFile(result)?.PseudonymSecret;

    private ConfigFileContents? ConfigFile(ParseResult result)
    {
        var path = result.GetValue(Config);
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new ConfigurationException($"The configuration file {path} does not exist.");
        }

        try
        {
            return JsonSerializer.Deserialize<ConfigFileContents>(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new ConfigurationException($"{path}: not valid JSON ({exception.Message}).", exception);
        }
    }

    private sealed record ConfigFileContents(
        [property: System.Text.Json.Serialization.JsonPropertyName("warehouse")] string? Warehouse,
        [property: System.Text.Json.Serialization.JsonPropertyName("pseudonym_secret")] string? PseudonymSecret);
}
