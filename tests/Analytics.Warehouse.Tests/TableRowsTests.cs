using CsCheck;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// A build refreshes the shipped lexicon and threat texts through <see cref="TableRows.Replace"/>, which writes
/// nothing when the table already holds the rows. Skipping a write that was needed would keep an analyst's old
/// lexicon, so the table must hold exactly the new rows after every call.
/// </summary>
public sealed class TableRowsTests : IDisposable
{
    private readonly DuckDBConnection connection = new("Data Source=:memory:");

    public TableRowsTests()
    {
        connection.Open();
        connection.Execute("create table t (word varchar, position integer, weight double)");
    }

    [Fact]
    public void Replace_EmptyTable_WritesTheRows()
    {
        Assert.True(Replace(("a", 1, 1.5), ("b", 2, null)));

        Assert.Equal(["a|1|1.5", "b|2|null"], Held());
    }

    [Fact]
    public void Replace_TheSameRowsInAnotherOrder_WritesNothing()
    {
        Replace(("a", 1, 1.5), ("b", 2, null), ("b", 2, null));

        Assert.False(Replace(("b", 2, null), ("a", 1, 1.5), ("b", 2, null)));
        Assert.Equal(["a|1|1.5", "b|2|null", "b|2|null"], Held());
    }

    [Theory]
    [InlineData("weight changed", "a", 1, 2.5, "b", 2, null)]
    [InlineData("null became a number", "a", 1, 1.5, "b", 2, 0.0)]
    [InlineData("words swapped between rows", "b", 1, 1.5, "a", 2, null)]
    [InlineData("empty word for a letter", "", 1, 1.5, "b", 2, null)]
    [InlineData("the same row twice", "a", 1, 1.5, "a", 1, 1.5)]
    public void Replace_AnyCellDifferent_WritesTheNewRows(string change, string word1, int position1, double? weight1, string word2, int position2, double? weight2)
    {
        Replace(("a", 1, 1.5), ("b", 2, null));

        Assert.True(Replace((word1, position1, weight1), (word2, position2, weight2)), change);
        Assert.Equal(Texts((word1, position1, weight1), (word2, position2, weight2)), Held());
    }

    [Fact]
    public void Replace_ARowMoreOrFewer_WritesTheNewRows()
    {
        Replace(("a", 1, 1.5), ("b", 2, null));

        Assert.True(Replace(("a", 1, 1.5), ("b", 2, null), ("b", 2, null)));
        Assert.Equal(3, Held().Count);
        Assert.True(Replace(("a", 1, 1.5)));
        Assert.Equal(["a|1|1.5"], Held());
        Assert.True(Replace());
        Assert.Empty(Held());
    }

    [Fact]
    public void Replace_AnyTwoRowSets_LeavesExactlyTheSecondAndWritesOnlyWhenTheyDiffer()
    {
        var cell = Gen.OneOf<string?>([null, "", "a", "b", "1", "n;", "1:a;"]);
        var row = from word in cell
                  from position in Gen.Int[0, 2]
                  from weight in Gen.OneOf<double?>([null, 0.0, 0.1, 1.0 / 3])
                  select (word, position, weight);
        var rows = row.Array[0, 4];
        (from first in rows from second in rows select (first, second)).Sample(pair =>
        {
            Replace(pair.first);

            var written = Replace(pair.second);

            Assert.Equal(Texts(pair.second), Held());
            Assert.Equal(!Texts(pair.first).SequenceEqual(Texts(pair.second)), written);
        }, iter: 300, threads: 1);
    }

    // The shipped lexicon's weights are decimal(9, 3): DuckDB gives 1.000 back for the 1 it was given.
    [Fact]
    public void Replace_DecimalsReadBackWithTheirScale_WritesNothing()
    {
        connection.Execute("create table lexicon (stem varchar, weight decimal(9, 3))");
        TableRows.Replace(connection, null, "lexicon", [("a", 1m), ("b", 1.5m)], row => [row.Item1, row.Item2]);

        Assert.False(TableRows.Replace(connection, null, "lexicon", [("a", 1m), ("b", 1.5m)], row => [row.Item1, row.Item2]));
        Assert.True(TableRows.Replace(connection, null, "lexicon", [("a", 1m), ("b", 1.25m)], row => [row.Item1, row.Item2]));
        Assert.Equal(1.25m, connection.ExecuteScalar<decimal>("select weight from lexicon where stem = 'b'"));
    }

    // Two timestamps a fraction of a second apart would print alike: a type without an exact text is always written.
    [Fact]
    public void Replace_ATimestampColumn_AlwaysWrites()
    {
        connection.Execute("create table stamps (stamped timestamp)");
        var first = new DateTime(2026, 12, 6, 10, 0, 0, 123, DateTimeKind.Unspecified);
        TableRows.Replace(connection, null, "stamps", [first], at => [at]);

        Assert.True(TableRows.Replace(connection, null, "stamps", [first.AddMilliseconds(333)], at => [at]));
        Assert.Equal(first.AddMilliseconds(333), connection.ExecuteScalar<DateTime>("select stamped from stamps"));
    }

    public void Dispose() => connection.Dispose();

    private bool Replace(params (string? Word, int Position, double? Weight)[] rows) =>
        TableRows.Replace(connection, null, "t", rows, row => [row.Word, row.Position, row.Weight]);

    private List<string> Held() =>
        [.. connection.Query<(string? Word, int Position, double? Weight)>("select word, position, weight from t").Select(Text).Order(StringComparer.Ordinal)];

    private static List<string> Texts(params (string? Word, int Position, double? Weight)[] rows) =>
        [.. rows.Select(Text).Order(StringComparer.Ordinal)];

    private static string Text((string? Word, int Position, double? Weight) row) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{row.Word ?? "null"}|{row.Position}|{(row.Weight is { } weight ? weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "null")}");
}
