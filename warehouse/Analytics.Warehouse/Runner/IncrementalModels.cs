using System.Data;
using Dapper;

namespace Analytics.Warehouse.Runner;

/// <summary>Which of a build's models can be rebuilt for the keys of their source's new batches only (<see cref="IncrementalMetadata"/>).</summary>
internal static class IncrementalModels
{
    /// <summary>The states with how far each incremental model's source has grown, as this build reads it.</summary>
    /// <exception cref="InvalidOperationException">A model's incremental key names a column its source does not have.</exception>
    public static IReadOnlyDictionary<string, ModelState> WithSources(
        IDbConnection connection, IReadOnlyList<ModelDefinition> ordered, IReadOnlyDictionary<string, ModelState> states)
    {
        CheckKeys(connection, ordered);
        var extents = ordered.Select(model => model.Metadata.Incremental?.Source).OfType<string>().Distinct(StringComparer.Ordinal)
            .ToDictionary(source => source, source => SourceExtent.Of(connection, source), StringComparer.Ordinal);
        return ordered.ToDictionary(
            model => model.QualifiedName,
            model => model.Metadata.Incremental is { } incremental
                ? states[model.QualifiedName] with { Source = extents[incremental.Source] }
                : states[model.QualifiedName],
            StringComparer.Ordinal);
    }

    /// <summary>At every build, not only at the first one in part, so that a wrong declaration shows at once.</summary>
    private static void CheckKeys(IDbConnection connection, IReadOnlyList<ModelDefinition> ordered)
    {
        var columns = connection.Query<(string Table, string Column)>(
                "select table_schema || '.' || table_name, column_name from information_schema.columns where table_schema = 'raw'")
            .ToLookup(row => row.Table, row => row.Column, StringComparer.Ordinal);
        foreach (var model in ordered)
        {
            if (model.Metadata.Incremental is { } incremental
                && incremental.Key.FirstOrDefault(key => !columns[incremental.Source].Contains(key, StringComparer.Ordinal)) is { } missing)
            {
                throw new InvalidOperationException($"Model {model.QualifiedName}: its incremental key column {missing} is no column of {incremental.Source}.");
            }
        }
    }

    /// <summary>
    /// The rebuilt models whose last build had the same basis (every input but their source's rows) and whose source
    /// has only gained later batches since, each with the last batch it was built from. Any other rebuilt model is
    /// computed whole: a new cut-off, a changed registry or model, a first build, a build with <c>--full</c>, a table
    /// that is missing.
    /// </summary>
    /// <param name="relations">The model layers' relations, with their type.</param>
    public static IReadOnlyDictionary<string, long> InPart(
        IDbConnection connection, IEnumerable<ModelDefinition> rebuilt, IReadOnlyDictionary<string, ModelState> states,
        IReadOnlyDictionary<string, ModelState> previous, IReadOnlyDictionary<string, string> relations)
    {
        var inPart = new Dictionary<string, long>(StringComparer.Ordinal);
        // the models of one source were mostly built from the same extent of it: each extent is counted once
        var grown = new Dictionary<(string Source, SourceExtent Extent), bool>();
        bool OnlyGrown(string source, SourceExtent extent)
        {
            if (!grown.TryGetValue((source, extent), out var answer))
            {
                grown[(source, extent)] = answer = extent.OnlyGrownTo(connection, source);
            }

            return answer;
        }

        foreach (var model in rebuilt)
        {
            if (model.Metadata.Incremental is { } incremental
                && previous.TryGetValue(model.QualifiedName, out var before)
                && before is { Basis: { } basis, Source: { } extent }
                && basis == states[model.QualifiedName].Basis
                && relations.GetValueOrDefault(model.QualifiedName) == "BASE TABLE"
                && OnlyGrown(incremental.Source, extent))
            {
                inPart[model.QualifiedName] = extent.Batch;
            }
        }

        return inPart;
    }
}
