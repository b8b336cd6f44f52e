using System.Diagnostics;
using System.Globalization;
using Analytics.Warehouse;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Benchmarks;

/// <summary>
/// Runs each model's query alone on a built warehouse, into a temporary table (nothing of the warehouse is written),
/// and compares the rows and column types with the model's table as built. Rewriting a model for speed, build with
/// the old SQL, run this with the new: every table must show no difference, and the seconds show the gain without
/// the cost of writing. Each query runs <c>runs</c> times and the fastest counts: on a shared machine one run's
/// seconds say little.
/// </summary>
internal static class ModelComputeCheck
{
    public static int Print(string warehouse, int runs)
    {
        using var connection = new WarehouseDatabase(warehouse).Open();
        var differing = 0;
        Console.WriteLine("| model | s (query alone, fastest run) | rows differing | columns differing |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var model in ModelRunner.Shipped().Ordered)
        {
            var seconds = Enumerable.Range(0, runs).Min(_ =>
            {
                var stopwatch = Stopwatch.StartNew();
                connection.Execute($"create or replace temp table model_alone as\n{model.Sql}", commandTimeout: 0);
                return stopwatch.Elapsed.TotalSeconds;
            });
            if (model.Materialisation != "table")
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {model.QualifiedName} (view) | {seconds:0.000} | | |"));
                continue;
            }

            var rows = connection.ExecuteScalar<long>(
                $"""
                select (select count(*) from (select * from temp.model_alone except all select * from {model.QualifiedName}))
                     + (select count(*) from (select * from {model.QualifiedName} except all select * from temp.model_alone))
                """, commandTimeout: 0);
            var columns = connection.ExecuteScalar<long>(
                """
                select count(*) from (
                    (select column_name, data_type, ordinal_position from information_schema.columns
                     where table_catalog = 'temp' and table_name = 'model_alone'
                     except all
                     select column_name, data_type, ordinal_position from information_schema.columns
                     where table_catalog = current_database() and table_schema = $schema and table_name = $name)
                    union all
                    (select column_name, data_type, ordinal_position from information_schema.columns
                     where table_catalog = current_database() and table_schema = $schema and table_name = $name
                     except all
                     select column_name, data_type, ordinal_position from information_schema.columns
                     where table_catalog = 'temp' and table_name = 'model_alone'))
                """, new { schema = model.Layer.Schema(), name = model.Name });
            differing += rows + columns > 0 ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {model.QualifiedName} | {seconds:0.000} | {rows} | {columns} |"));
        }

        Console.WriteLine(differing == 0 ? "every model's table is what its query gives now" : $"{differing} model(s) differ from their tables");
        return differing == 0 ? 0 : 1;
    }
}
