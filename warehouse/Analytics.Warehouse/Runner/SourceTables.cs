using System.Data;
using System.Globalization;
using Analytics.Warehouse.Lexicon;
using Dapper;

namespace Analytics.Warehouse.Runner;

/// <summary>
/// The tables outside the model layers that a query reads (raw data, configuration, caches), and for each a
/// fingerprint that changes whenever its rows do, so that a build can tell which models have new inputs. The names come from
/// <see cref="SqlNames.SourcesIn"/>.
/// </summary>
internal static class SourceTables
{
    /// <summary>
    /// Tables whose rows follow a growing raw table's: the classification cache gains the verdicts of each appeals
    /// batch's texts. Such a table's own fingerprint is only what decides its rows besides that growth (the lexicon), and
    /// whatever reads it reads the followed table's fingerprint too (<see cref="WithFollowed"/>), so that a model
    /// rebuilt in part can tell the growth from a change.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Following { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [TopicClassificationCache.Table] = TopicClassificationCache.Texts,
    };

    /// <summary>The tables, and the tables that those among them follow, each once.</summary>
    public static IEnumerable<string> WithFollowed(IEnumerable<string> tables) =>
        tables.SelectMany(table => Following.TryGetValue(table, out var followed) ? [table, followed] : new[] { table }).Distinct(StringComparer.Ordinal);

    /// <summary>A fingerprint of each named table that exists; names that are no table (a query's alias such as <c>raw.period</c>) are left out.</summary>
    /// <param name="cutoff">The cut-off being built, which config.build will hold.</param>
    public static IReadOnlyDictionary<string, string> Fingerprints(IDbConnection connection, DateOnly cutoff, IEnumerable<string> names)
    {
        var columns = connection.Query<(string Table, string Column)>(
                """
                select table_schema || '.' || table_name, column_name from information_schema.columns
                where table_schema in ('raw', 'config', 'cache') order by table_schema, table_name, ordinal_position
                """)
            .GroupBy(row => row.Table, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(row => row.Column).ToList(), StringComparer.Ordinal);
        var tables = names.Distinct(StringComparer.Ordinal).Where(columns.ContainsKey).Order(StringComparer.Ordinal).ToList();
        if (tables.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        // One statement for every table: a round-trip each cost more than most of the counts.
        var query = string.Join("\nunion all\n", tables.Select((table, i) => $"select {i} as position, ({FingerprintQuery(table, columns[table], cutoff)}) as fingerprint"));
        return connection.Query<(int Position, string? Fingerprint)>(query, commandTimeout: 0)
            .ToDictionary(row => tables[row.Position], row => row.Fingerprint ?? "", StringComparer.Ordinal);
    }

    /// <remarks>
    /// The build's own row changes at every build (its time of building), so only its cut-off counts: the one being
    /// built, as config.build would give it. The raw
    /// datasets and the quarantine (the raw tables whose rows name their batch and source row) only ever grow, a
    /// load appending its rows under a batch id larger than any before, so their row count and largest batch id
    /// identify their rows without reading them. The classification cache is known by what decides its verdicts (the
    /// lexicon's hash, with the delivered appeals it follows), without reading its rows. Any other table is hashed row
    /// by row.
    /// </remarks>
    private static string FingerprintQuery(string table, IReadOnlyList<string> columns, DateOnly cutoff) =>
        table == "config.build" ? $"select '{cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'"
        : table == TopicClassificationCache.Table
            ? TopicClassificationCache.LexiconHashQuery
        : table.StartsWith("raw.", StringComparison.Ordinal) && columns.Contains("batch_id") && columns.Contains("source_row")
            ? GrowingRows(table)
            : $"select count(*) || '/' || coalesce(sum(hash({string.Join(", ", columns.Select(column => $"\"{column}\""))})), 0) from {table}";

    /// <summary>A table that only grows, a batch at a time: its row count and largest batch id.</summary>
    private static string GrowingRows(string table) => $"select count(*) || '/' || coalesce(max(batch_id), 0) from {table}";
}
