using Analytics.Cli.Console;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Cli.Commands;

internal static class WarehouseGuard
{
    /// <summary>Opens a warehouse that has been built, for reading, or says what to run first.</summary>
    public static DuckDBConnection OpenBuilt(WarehouseDatabase database, CliLanguage language)
    {
        if (!File.Exists(database.Path))
        {
            throw new ConfigurationException(language.Say(
                $"Хранилище {database.Path} не найдено: сначала выполните analytics load и analytics build.",
                $"{database.Path} қоймасы табылмады: алдымен analytics load және analytics build орындаңыз."));
        }

        var connection = database.OpenForReading();
        var built = connection.ExecuteScalar<long>(
            "select count(*) from information_schema.tables where table_schema = 'config' and table_name = 'build'") > 0
            && connection.ExecuteScalar<long>("select count(*) from config.build") > 0;
        if (!built)
        {
            connection.Dispose();
            throw new ConfigurationException(language.Say(
                $"Хранилище {database.Path} ещё не пересчитано: выполните analytics build.",
                $"{database.Path} қоймасы әлі есептелмеген: analytics build орындаңыз."));
        }

        return connection;
    }
}
