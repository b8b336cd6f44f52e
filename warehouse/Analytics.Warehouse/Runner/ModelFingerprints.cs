using System.Data;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Analytics.Warehouse.Runner;

/// <summary>
/// What a model's rows are made from, as one hash: the product (its version, this assembly's build, DuckDB's
/// version), its SQL and materialisation, the source tables it reads and the fingerprints of the models it reads. The models are deterministic (the same inputs give
/// the same rows, to the bit), so a model whose fingerprint has not changed since it was built need not be rebuilt.
/// Its tests' fingerprint adds the tests' SQL and every table they read. An incremental model also has a basis: its
/// fingerprint with its growing source's rows left out (<see cref="IncrementalModels"/>).
/// </summary>
internal static class ModelFingerprints
{

    internal static IReadOnlyDictionary<string, ModelState> Compute(
        IDbConnection connection, IReadOnlyList<ModelDefinition> ordered, string productVersion, DateOnly cutoff)
    {
        var testSql = ordered.ToDictionary(model => model.QualifiedName, model => DataTestQueries.For(model).Select(test => test.Sql).ToList(), StringComparer.Ordinal);
        IEnumerable<string> SourcesRead(string sql) => SourceTables.WithFollowed(SqlNames.SourcesIn(sql));
        var sources = SourceTables.Fingerprints(connection, cutoff,
            ordered.SelectMany(model => SourcesRead(model.Sql).Concat(testSql[model.QualifiedName].SelectMany(SourcesRead))));
        IEnumerable<string> SourceInputs(string sql, Func<string, string> source) => SourcesRead(sql)
            .Where(sources.ContainsKey).Order(StringComparer.Ordinal).Select(table => $"{table}={source(table)}");

        // a new build of the warehouse code or of DuckDB may compute differently from the same SQL: everything is rebuilt
        var product = $"{productVersion} {typeof(ModelFingerprints).Assembly.ManifestModule.ModuleVersionId} {connection.ExecuteScalar<string>("select version()")}";
        Dictionary<string, string> Fingerprints(Func<string, string> source)
        {
            var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var model in ordered)
            {
                fingerprints[model.QualifiedName] = Hash(
                [
                    product, model.Materialisation, model.Sql, model.Metadata.Incremental is { } incremental ? $"{incremental.Source} by {string.Join(",", incremental.Key)}" : "",
                    .. SourceInputs(model.Sql, source),
                    .. model.Dependencies.Order(StringComparer.Ordinal).Select(dependency => $"{dependency}={fingerprints[dependency]}"),
                ]);
            }

            return fingerprints;
        }

        var models = Fingerprints(table => sources[table]);
        // What an incremental model is made from besides the rows of its source: the same basis as at its last build
        // means that only the source's rows differ.
        var bases = ordered.Select(model => model.Metadata.Incremental?.Source).OfType<string>().Distinct(StringComparer.Ordinal)
            .ToDictionary(growing => growing, growing => Fingerprints(table => table == growing ? "growing" : sources[table]), StringComparer.Ordinal);

        return ordered.ToDictionary(model => model.QualifiedName, model =>
        {
            var tests = testSql[model.QualifiedName];
            var modelsRead = tests.SelectMany(SqlNames.ModelsIn)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(name => $"{name}={models.GetValueOrDefault(name, "absent")}");
            var testsFingerprint = Hash([models[model.QualifiedName], .. tests, .. tests.SelectMany(sql => SourceInputs(sql, table => sources[table])).Distinct(StringComparer.Ordinal), .. modelsRead]);
            var basis = model.Metadata.Incremental is { } incremental ? bases[incremental.Source][model.QualifiedName] : null;
            return new ModelState(model.QualifiedName, models[model.QualifiedName], testsFingerprint, basis);
        }, StringComparer.Ordinal);
    }

    private static string Hash(IEnumerable<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            // length-prefixed, so that no two lists of parts give the same text
            builder.Append(part.Length).Append(':').Append(part).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
