using System.Text.RegularExpressions;

namespace Analytics.Warehouse.Runner;

/// <summary>The schema-qualified tables a model's SQL names, outside its line comments: the models it reads and the source tables.</summary>
public static partial class SqlNames
{
    /// <summary>Models (<c>staging.x</c>, <c>intermediate.x</c>, <c>marts.x</c>), lower-cased, each once.</summary>
    public static IReadOnlyList<string> ModelsIn(string sql) => Names(ModelPattern(), sql);

    /// <summary>Raw, configuration and cache tables (and aliases that look like them), lower-cased, each once.</summary>
    public static IReadOnlyList<string> SourcesIn(string sql) => Names(SourcePattern(), sql);

    /// <summary>Both, as the build's fingerprints see them.</summary>
    public static IReadOnlyList<string> TablesIn(string sql) => [.. ModelsIn(sql).Concat(SourcesIn(sql))];

    private static List<string> Names(Regex pattern, string sql) =>
        [.. pattern.Matches(LineComment().Replace(sql, "")).Select(match => match.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\b(staging|intermediate|marts)\.[a-z_][a-z0-9_]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModelPattern();

    [GeneratedRegex(@"\b(raw|config|cache)\.[a-z_][a-z0-9_]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePattern();

    [GeneratedRegex("--[^\n]*")]
    private static partial Regex LineComment();
}
