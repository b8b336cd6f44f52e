using System.Text.RegularExpressions;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.SampleData;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.EndToEnd.Tests;

/// <summary>Methodology §12: no phone number, email or 12-digit IIN survives anywhere in the warehouse.</summary>
public sealed partial class PrivacyTests : IDisposable
{
    private const string Phone = @"(\+7|\b8)[\s\-\(]*\d{3}[\s\-\)]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}";
    private const string Email = @"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}";
    private const string Iin = @"\b\d{12}\b";

    private readonly TemporaryWarehouse warehouse = new();

    [Fact]
    public void Warehouse_AfterLoadAndBuild_HoldsNoContactOrIinInAnyTextColumn()
    {
        SampleFederation.Write(warehouse.Inbox, new SampleOptions());
        var input = File.ReadAllText(Path.Combine(warehouse.Inbox, "appeals.csv"));
        Assert.True(ContactPattern().Count(input) >= 10, "the sample appeals should carry contacts for this test to mean anything");

        new BatchLoader(warehouse.Database, new PseudonymKey("privacy-test-secret-0123456789")).Load(warehouse.Inbox);
        using var connection = warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, new DateOnly(2026, 12, 31), "test");

        var columns = connection.Query<(string Schema, string Table, string Column)>(
            """
            select table_schema, table_name, column_name from information_schema.columns
            where table_schema in ('raw', 'staging', 'intermediate', 'marts') and data_type = 'VARCHAR'
              and not (table_name in ('organisations', 'stg_inbox__organisations') and column_name = 'bin')
              and column_name <> 'sha256' -- hex digests of files can hold any run of digits
            order by all
            """).ToList();
        Assert.NotEmpty(columns);
        var leaks = columns
            .Select(column => (column, Count: connection.ExecuteScalar<long>(
                $"select count(*) from {column.Schema}.\"{column.Table}\" where regexp_matches(\"{column.Column}\", $pattern)",
                new { pattern = $"{Phone}|{Email}|{Iin}" })))
            .Where(found => found.Count > 0)
            .Select(found => $"{found.column.Schema}.{found.column.Table}.{found.column.Column}: {found.Count}")
            .ToList();

        Assert.Empty(leaks);
    }

    [GeneratedRegex($"{Phone}|{Email}|{Iin}")]
    private static partial Regex ContactPattern();

    public void Dispose() => warehouse.Dispose();
}
