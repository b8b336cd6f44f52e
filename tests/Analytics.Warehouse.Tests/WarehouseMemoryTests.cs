using Analytics.TestSupport;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>DuckDB's memory limit for the warehouse, and the spill folder beside it (issue 11).</summary>
public sealed class WarehouseMemoryTests : IDisposable
{
    private const long Mebibyte = 1024 * 1024;

    // 4 million distinct 40-character strings sorted: about 300 MB of keys, three times a limit of 100 MB.
    private const string SortLargerThanTheLimit =
        "create table sorted as select md5(i::varchar) || lpad(i::varchar, 8, '0') as k from range(4000000) t(i) order by k desc";

    private readonly TemporaryWarehouse warehouse = new();

    [Theory]
    [InlineData("640MB", 640)]
    [InlineData("640 mb", 640)]
    [InlineData("640MiB", 640)]
    [InlineData("2GB", 2048)] // 2 × 1024
    [InlineData("1.5GB", 1536)] // 1.5 × 1024
    [InlineData("2.5 GiB", 2560)] // 2.5 × 1024
    [InlineData("64M", 64)] // the smallest accepted
    public void Parse_SizesInMebibytesOrGibibytes(string text, long mebibytes)
    {
        var memory = WarehouseMemory.Parse(text, WarehouseMemory.Variable);

        Assert.Equal(mebibytes * Mebibyte, memory.LimitBytes);
        Assert.Equal($"{mebibytes}MiB", memory.DuckDbValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("640")] // a unit is required: bytes or megabytes would both be plausible
    [InlineData("640KB")]
    [InlineData("-1GB")]
    [InlineData("1,5GB")]
    [InlineData("63MB")] // one mebibyte under the smallest
    [InlineData("2000000GB")]
    public void Parse_AnythingElse_IsRefusedNamingWhereItCameFrom(string text)
    {
        var refused = Assert.Throws<ConfigurationException>(() => WarehouseMemory.Parse(text, "memory_limit (senim.json)"));

        Assert.StartsWith("memory_limit (senim.json): ", refused.Message, StringComparison.Ordinal);
        Assert.StartsWith("memory_limit (senim.json): ", refused.MessageKk, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_EnvironmentBeforeConfigurationBeforeDefault()
    {
        Assert.Equal(1024 * Mebibyte, WarehouseMemory.Resolve("1GB", "2GB", "senim.json").LimitBytes);
        Assert.Equal(2048 * Mebibyte, WarehouseMemory.Resolve(null, "2GB", "senim.json").LimitBytes);
        Assert.Equal(2048 * Mebibyte, WarehouseMemory.Resolve(" ", "2GB", "senim.json").LimitBytes);
        Assert.Same(WarehouseMemory.Default, WarehouseMemory.Resolve(null, null, null));
        Assert.Equal(512 * Mebibyte, WarehouseMemory.Default.LimitBytes);
    }

    [Fact]
    public void Open_SetsTheLimitAndASpillFolderBesideTheWarehouse()
    {
        var database = new WarehouseDatabase(warehouse.Database.Path) { Memory = WarehouseMemory.Parse("900MB", "test") };

        using var connection = database.Open();

        Assert.Equal("900.0 MiB", connection.ExecuteScalar<string>("select current_setting('memory_limit')"));
        Assert.Equal(warehouse.Database.Path + ".tmp", connection.ExecuteScalar<string>("select current_setting('temp_directory')"));
    }

    [Fact]
    public void OpenInMemory_HasTheLimitAndSpillsNowhere()
    {
        using var connection = WarehouseDatabase.OpenInMemory();

        Assert.Equal("512.0 MiB", connection.ExecuteScalar<string>("select current_setting('memory_limit')"));
        Assert.Equal("", connection.ExecuteScalar<string>("select current_setting('temp_directory')"));
    }

    [Fact]
    public void AStatementLargerThanTheLimit_SpillsBesideTheWarehouse_AndTheFolderGoesWithTheLastConnection()
    {
        var database = new WarehouseDatabase(warehouse.Database.Path) { Memory = WarehouseMemory.Parse("100MB", "test") };
        using (var connection = database.Open())
        {
            connection.Execute(SortLargerThanTheLimit, commandTimeout: 0);
            using (var second = database.Open())
            {
                Assert.True(Directory.Exists(database.SpillDirectory));
                Assert.Equal(4_000_000, second.ExecuteScalar<long>("select count(*) from sorted"));
            }
        }

        Assert.False(Directory.Exists(database.SpillDirectory));
    }

    [Fact]
    public void ASpillFolderLeftByAKilledProcess_IsRemovedOnOpening_AndSpillingStillWorks()
    {
        var database = new WarehouseDatabase(warehouse.Database.Path) { Memory = WarehouseMemory.Parse("100MB", "test") };
        Directory.CreateDirectory(database.SpillDirectory);
        File.WriteAllText(Path.Combine(database.SpillDirectory, "duckdb_temp_storage_S32K-0.tmp"), "left by a killed load");
        using (var connection = database.Open())
        {
            Assert.False(Directory.Exists(database.SpillDirectory));
            connection.Execute(SortLargerThanTheLimit, commandTimeout: 0);
            Assert.True(Directory.Exists(database.SpillDirectory));
        }

        Assert.False(Directory.Exists(database.SpillDirectory));
    }

    [Fact]
    public void AFolderOfTheSameNameHoldingAnythingElse_IsLeftAlone()
    {
        Directory.CreateDirectory(warehouse.Database.SpillDirectory);
        var notes = Path.Combine(warehouse.Database.SpillDirectory, "notes.txt");
        File.WriteAllText(notes, "the analyst's");

        using (warehouse.Database.Open())
        {
        }

        Assert.True(File.Exists(notes));
    }

    public void Dispose() => warehouse.Dispose();
}
