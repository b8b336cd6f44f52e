using System.Data;
using Dapper;

namespace Analytics.Warehouse.Runner;

/// <summary>What a model was last built from: its fingerprint and its data tests' (see <see cref="ModelFingerprints"/>).</summary>
/// <param name="Basis">An incremental model's fingerprint without its growing source's rows; null for the others.</param>
/// <param name="Source">How far an incremental model's source had grown when the model was built; null for the others.</param>
public sealed record ModelState(string Model, string Fingerprint, string TestsFingerprint, string? Basis = null, SourceExtent? Source = null);

/// <summary>ops.model_state: the fingerprints of the last committed build, one row per model.</summary>
internal static class ModelStates
{
    public static IReadOnlyDictionary<string, ModelState> Read(IDbConnection connection) =>
        connection.Query<StoredState>(
                "select model, fingerprint, tests_fingerprint as TestsFingerprint, basis, source_rows as SourceRows, source_batch as SourceBatch from ops.model_state")
            .Select(row => new ModelState(row.Model, row.Fingerprint, row.TestsFingerprint, row.Basis,
                row is { SourceRows: { } rows, SourceBatch: { } batch } ? new SourceExtent(rows, batch) : null))
            .ToDictionary(state => state.Model, StringComparer.Ordinal);

    public static void Write(IDbConnection connection, IDbTransaction transaction, IEnumerable<ModelState> states)
    {
        connection.Execute("delete from ops.model_state", transaction: transaction);
        connection.Execute(
            """
            insert into ops.model_state (model, fingerprint, tests_fingerprint, basis, source_rows, source_batch)
            values ($Model, $Fingerprint, $TestsFingerprint, $Basis, $SourceRows, $SourceBatch)
            """,
            states.Select(state => new StoredState(state.Model, state.Fingerprint, state.TestsFingerprint, state.Basis, state.Source?.Rows, state.Source?.Batch)),
            transaction);
    }

    private sealed record StoredState(string Model, string Fingerprint, string TestsFingerprint, string? Basis, long? SourceRows, long? SourceBatch);
}
