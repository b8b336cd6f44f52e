using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// The hand-built federation of <see cref="TrustFederation"/>, loaded twice and built at two cut-offs: 2026-12-10
/// (months 1-3 complete, month 4 in progress) and 2026-10-15 (month 1 complete, month 2 in progress).
/// </summary>
public sealed class BuiltTrustFederation : IDisposable
{
    public const string Secret = "test-secret-of-sixteen-or-more";

    public static readonly DateOnly Cutoff = new(2026, 12, 10);

    public static readonly DateOnly EarlyCutoff = new(2026, 10, 15);

    private readonly TemporaryWarehouse late = Built(Cutoff);

    private readonly TemporaryWarehouse early = Built(EarlyCutoff);

    /// <summary>The warehouse built at the cut-off 2026-12-10.</summary>
    public TemporaryWarehouse Warehouse => late;

    /// <summary>Rows at the cut-off 2026-12-10.</summary>
    public List<T> Query<T>(string sql, object? parameters = null) => Run<T>(late, sql, parameters);

    /// <summary>Rows at the cut-off 2026-10-15.</summary>
    public List<T> QueryEarly<T>(string sql, object? parameters = null) => Run<T>(early, sql, parameters);

    public static string Pseudonym(string ambassadorId) => new PseudonymKey(Secret).Hash(ambassadorId);

    public void Dispose()
    {
        late.Dispose();
        early.Dispose();
    }

    private static TemporaryWarehouse Built(DateOnly cutoff)
    {
        var warehouse = new TemporaryWarehouse();
        TrustFederation.WriteTo(warehouse);
        var load = new BatchLoader(warehouse.Database, new PseudonymKey(Secret)).Load(warehouse.Inbox);
        var bad = load.Files.Where(file => file.RowsQuarantined > 0).Select(file => file.FileName).ToList();
        if (bad.Count > 0)
        {
            throw new InvalidOperationException($"The trust federation fixture has quarantined rows in {string.Join(", ", bad)}.");
        }

        using var connection = warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, cutoff, "test");
        return warehouse;
    }

    private static List<T> Run<T>(TemporaryWarehouse warehouse, string sql, object? parameters)
    {
        using var connection = warehouse.Database.Open();
        return connection.Query<T>(sql, parameters).ToList();
    }
}

[CollectionDefinition(Name)]
public sealed class TrustFederationGroup : ICollectionFixture<BuiltTrustFederation>
{
    public const string Name = "trust federation";
}
