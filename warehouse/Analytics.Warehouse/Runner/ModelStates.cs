using System.Data;
using Dapper;

namespace Analytics.Warehouse.Runner;

/// <summary>What a model was last built from: its fingerprint and its data tests' (see <see cref="ModelFingerprints"/>).</summary>
public sealed record ModelState(string Model, string Fingerprint, string TestsFingerprint);

/// <summary>ops.model_state: the fingerprints of the last committed build, one row per model.</summary>
internal static class ModelStates
{
    public static IReadOnlyDictionary<string, ModelState> Read(IDbConnection connection) =>
        connection.Query<ModelState>("select model, fingerprint, tests_fingerprint as TestsFingerprint from ops.model_state")
            .ToDictionary(state => state.Model, StringComparer.Ordinal);

    public static void Write(IDbConnection connection, IDbTransaction transaction, IEnumerable<ModelState> states)
    {
        connection.Execute("delete from ops.model_state", transaction: transaction);
        connection.Execute("insert into ops.model_state values ($Model, $Fingerprint, $TestsFingerprint)", states, transaction);
    }
}
