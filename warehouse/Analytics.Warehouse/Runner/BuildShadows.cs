using System.Data;
using System.Text.RegularExpressions;
using Dapper;

namespace Analytics.Warehouse.Runner;

/// <summary>
/// What a build writes, kept under a second name (<c>name__building</c>) until its data tests pass. Each rebuilt model
/// is created and committed as its shadow, so that the models and tests after it read committed rows: DuckDB scans
/// rows that a transaction wrote itself in one thread, committed rows in all. <see cref="PutInPlace"/> then swaps
/// every shadow for its relation, with the cut-off and the model states, in one short transaction. A build that
/// stops half-way leaves only shadows behind, which the next build drops before anything else.
/// </summary>
/// <param name="rebuilt">The models this build writes, in dependency order.</param>
/// <param name="inPart">
/// The rebuilt incremental models that need only the rows of the keys their source's later batches name, each with the
/// last batch it was built from. Such a model's shadow is a view: its table without those keys, and their rows
/// computed again (<c>name__rows__building</c>, for the keys in <c>name__keys__building</c>), which
/// <see cref="PutInPlace"/> writes into the table in place of the old ones.
/// </param>
internal sealed class BuildShadows(IReadOnlyList<ModelDefinition> rebuilt, IReadOnlyDictionary<string, long> inPart)
{
    private const string Suffix = "__building";
    private const string BuildTable = "config.build";

    // String literals and line comments are matched first, so that they are kept as they are; then whole names
    // only, longest first: staging.stg_a must not take staging.stg_a_b
    private readonly Regex names = new(
        @"(?<kept>'(?:[^']|'')*'|--[^\n]*)|(?<![\w.""])(?<name>" + string.Join("|", rebuilt.Select(model => model.QualifiedName).Append(BuildTable)
            .OrderByDescending(name => name.Length).Select(Regex.Escape)) + @")(?![\w""])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The relations of the model layers and config.build, as they are shadowed.</summary>
    public static string ShadowOf(string qualifiedName) => qualifiedName + Suffix;

    /// <summary>Drops every shadow in the warehouse: those of this build, or those a stopped build left.</summary>
    public static void DropAll(IDbConnection connection)
    {
        var leftovers = connection.Query<(string Name, string Type)>(
            """
            select table_schema || '.' || table_name, table_type from information_schema.tables
            where table_catalog = current_database() and table_schema in ('staging', 'intermediate', 'marts', 'config')
              and ends_with(table_name, $suffix)
            """,
            new { suffix = Suffix }).ToList();
        foreach (var (name, type) in leftovers)
        {
            connection.Execute($"drop {(type == "VIEW" ? "view" : "table")} if exists {name}");
        }
    }

    /// <summary>The build's row (cut-off, time, product version), committed in config.build's shadow.</summary>
    public static void WriteBuild(IDbConnection connection, DateOnly cutoff, string productVersion)
    {
        connection.Execute($"create table {ShadowOf(BuildTable)} as select * from {BuildTable} limit 0");
        connection.Execute(
            $"insert into {ShadowOf(BuildTable)} values ($cutoff, now()::timestamp, $version)",
            new { cutoff = cutoff.ToDateTime(TimeOnly.MinValue), version = productVersion });
    }

    /// <summary>Creates and commits the model's shadow, reading the shadows of the rebuilt models it reads (which must be done).</summary>
    public void Materialise(IDbConnection connection, ModelDefinition model)
    {
        try
        {
            if (inPart.TryGetValue(model.QualifiedName, out var since))
            {
                MaterialiseChangedKeys(connection, model, since);
            }
            else
            {
                connection.Execute($"create {model.Materialisation} {ShadowOf(model.QualifiedName)} as\n{Rewrite(model.Sql)}", commandTimeout: 0);
            }
        }
        catch (DuckDB.NET.Data.DuckDBException exception)
        {
            throw new ModelFailedException(model.QualifiedName, inTests: false, exception);
        }
    }

    /// <remarks>Each statement replaces what it creates, so that a model run again after running out of memory starts afresh.</remarks>
    private void MaterialiseChangedKeys(IDbConnection connection, ModelDefinition model, long since)
    {
        var name = model.QualifiedName;
        var incremental = model.Metadata.Incremental!;
        connection.Execute(
            $"create or replace table {KeysOf(name)} as select distinct {string.Join(", ", incremental.Key.Select(Sql.Quote))} from {incremental.Source} where batch_id > $since",
            new { since }, commandTimeout: 0);
        connection.Execute(
            $"create or replace table {RowsOf(name)} as select model.* from (\n{Rewrite(model.Sql)}\n) as model semi join {KeysOf(name)} as changed on {SameKey(incremental, "model")}",
            commandTimeout: 0);
        connection.Execute(
            $"""
            create or replace view {ShadowOf(name)} as
            select kept.* from {name} as kept anti join {KeysOf(name)} as changed on {SameKey(incremental, "kept")}
            union all
            select * from {RowsOf(name)}
            """);
    }

    /// <summary>Null keys too are one key, as in the model's own grouping.</summary>
    private static string SameKey(IncrementalMetadata incremental, string alias) =>
        string.Join(" and ", incremental.Key.Select(column => $"{alias}.{Sql.Quote(column)} is not distinct from changed.{Sql.Quote(column)}"));

    private static string KeysOf(string qualifiedName) => qualifiedName + "__keys" + Suffix;

    private static string RowsOf(string qualifiedName) => qualifiedName + "__rows" + Suffix;

    /// <summary>The query with every shadowed relation it names replaced by its shadow.</summary>
    public string Rewrite(string sql) => names.Replace(sql, match => match.Groups["kept"].Success ? match.Value : match.Value + Suffix);

    /// <summary>
    /// In the caller's transaction: each rebuilt model's relation replaced by its shadow (a table renamed, a view
    /// made again from its own SQL, in dependency order, since DuckDB binds a view when it is created), and
    /// config.build's row by its shadow's.
    /// </summary>
    /// <param name="existing">The model layers' relations before the build, with their type (VIEW or BASE TABLE).</param>
    public void PutInPlace(IDbConnection connection, IDbTransaction transaction, IReadOnlyDictionary<string, string> existing)
    {
        foreach (var model in rebuilt)
        {
            var name = model.QualifiedName;
            if (inPart.ContainsKey(name))
            {
                ReplaceChangedKeys(connection, transaction, model);
                continue;
            }

            if (existing.TryGetValue(name, out var type))
            {
                connection.Execute($"drop {(type == "VIEW" ? "view" : "table")} {name}", transaction: transaction);
            }

            if (model.Materialisation == "view")
            {
                connection.Execute($"drop view {ShadowOf(name)}", transaction: transaction);
                connection.Execute($"create view {name} as\n{model.Sql}", transaction: transaction);
            }
            else
            {
                connection.Execute($"alter table {ShadowOf(name)} rename to {model.Name}", transaction: transaction);
            }
        }

        connection.Execute($"delete from {BuildTable}", transaction: transaction);
        connection.Execute($"insert into {BuildTable} select * from {ShadowOf(BuildTable)}", transaction: transaction);
        connection.Execute($"drop table {ShadowOf(BuildTable)}", transaction: transaction);
    }

    private static void ReplaceChangedKeys(IDbConnection connection, IDbTransaction transaction, ModelDefinition model)
    {
        var name = model.QualifiedName;
        connection.Execute($"drop view {ShadowOf(name)}", transaction: transaction);
        connection.Execute(
            $"delete from {name} as kept using {KeysOf(name)} as changed where {SameKey(model.Metadata.Incremental!, "kept")}",
            transaction: transaction, commandTimeout: 0);
        connection.Execute($"insert into {name} select * from {RowsOf(name)}", transaction: transaction, commandTimeout: 0);
        connection.Execute($"drop table {RowsOf(name)}", transaction: transaction);
        connection.Execute($"drop table {KeysOf(name)}", transaction: transaction);
    }
}
