using Analytics.Warehouse.Extracts;
using Parquet;
using Parquet.Serialization;

namespace Analytics.Warehouse.Tests;

public sealed class ExtractWriterTests(BuiltSmallFederation federation) : IClassFixture<BuiltSmallFederation>
{
    [Fact]
    public async Task Write_Parquet_KpiReadsBackWithParquetNet()
    {
        var outDirectory = Path.Combine(federation.Warehouse.Root, "extract-parquet");
        using (var connection = federation.Warehouse.Database.Open())
        {
            ExtractWriter.Write(connection, outDirectory, ExtractFormat.Parquet);
        }

        await using var stream = File.OpenRead(Path.Combine(outDirectory, "kpi", "data.parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(["kpi_id", "level", "org_id", "value", "target", "applicable", "met"], reader.Schema.GetDataFields().Select(field => field.Name));

        stream.Position = 0;
        var rows = (await ParquetSerializer.DeserializeAsync<KpiRow>(stream)).Data;
        var values = rows.ToDictionary(row => (row.kpi_id, row.org_id), row => row.value);
        Assert.Equal(0.6875, values[("F1", "FED")]!.Value, 12);
        Assert.Equal(0.6, values[("P0", "P2")]!.Value, 12);
    }

#pragma warning disable IDE1006, CA1812 // Parquet.Net maps properties by the extract's column names.
    private sealed class KpiRow
    {
        public string kpi_id { get; set; } = "";

        public string org_id { get; set; } = "";

        public double? value { get; set; }
    }
#pragma warning restore IDE1006, CA1812

    [Fact]
    public void Write_Parquet_PartitionsTablesWithAMonthAndWritesTheDictionary()
    {
        var outDirectory = Path.Combine(federation.Warehouse.Root, "extract-partitioned");
        using (var connection = federation.Warehouse.Database.Open())
        {
            ExtractWriter.Write(connection, outDirectory, ExtractFormat.Parquet);
        }

        Assert.True(Directory.Exists(Path.Combine(outDirectory, "completeness", "month=1")));
        Assert.True(Directory.Exists(Path.Combine(outDirectory, "completeness", "month=2")));
        Assert.False(Directory.Exists(Path.Combine(outDirectory, "completeness", "month=3")));
        var dictionary = File.ReadAllText(Path.Combine(outDirectory, DataDictionaryDocument.FileName));
        Assert.Contains("Дата среза / Cut-off: 2026-10-15", dictionary, StringComparison.Ordinal);
        Assert.Contains("| colour | Цвет на карте кампании | Campaign map colour |", dictionary, StringComparison.Ordinal);
        Assert.Contains("## release_changes", dictionary, StringComparison.Ordinal);
        Assert.Contains("| key | Естественный ключ строки, части через вертикальную черту | The row's natural key, parts joined by a vertical bar |", dictionary, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(outDirectory, ".writing-*"));
    }

    [Fact]
    public void Write_Csv_HoldsNoPrivateColumns()
    {
        var outDirectory = Path.Combine(federation.Warehouse.Root, "extract-csv");
        using (var connection = federation.Warehouse.Database.Open())
        {
            ExtractWriter.Write(connection, outDirectory, ExtractFormat.Csv);
        }

        var headers = Directory.EnumerateFiles(outDirectory, "*.csv").Select(file => File.ReadLines(file).First()).ToList();
        Assert.Equal(ExtractCatalog.Tables.Count, headers.Count);
        Assert.All(headers, header => Assert.DoesNotMatch("(^|,)(text|appellant_key|author|source_name|summary)(,|$)", header));
        // methodology §12: no count of appeals for one primary (issue 10: fct_org_reports carried appeals_offline).
        Assert.DoesNotContain("appeals", File.ReadLines(Path.Combine(outDirectory, "fct_org_reports.csv")).First(), StringComparison.Ordinal);
        Assert.DoesNotContain(ExtractCatalog.Tables, table => table.Name == "fct_appeals");
    }
}
