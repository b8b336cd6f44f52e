using System.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Reports.Common;

/// <summary>
/// The one way a report reads the warehouse: typed rows from <c>marts.*</c> only, so every printed number comes from a
/// mart. Columns map to properties by name (<c>active_primaries</c> → <c>ActivePrimaries</c>). A warehouse that lacks a
/// mart or a column (never built, or built by another version) is a user error whose message says what to run.
/// </summary>
public static partial class Marts
{
    static Marts() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public static List<T> Query<T>(IDbConnection connection, string sql, object? parameters = null) =>
        Read(sql, () => connection.Query<T>(sql, parameters).AsList());

    public static T? SingleOrDefault<T>(IDbConnection connection, string sql, object? parameters = null) =>
        Read(sql, () => connection.QuerySingleOrDefault<T>(sql, parameters));

    public static T One<T>(IDbConnection connection, string sql, object? parameters = null) =>
        Read(sql, () => connection.QuerySingle<T>(sql, parameters));

    /// <summary>The schema-qualified relations a query names that are not marts; a report query has none.</summary>
    public static IReadOnlyList<string> RelationsOutsideMarts(string sql) =>
        QualifiedRelation().Matches(sql)
            .Select(match => match.Value.ToLowerInvariant())
            .Where(relation => !relation.StartsWith("marts.", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>A mart's DOUBLE rounded to 9 places (methodology §1): parallel sums differ in their last bits from run to run.</summary>
    public static decimal? Exact(double? value) =>
        value is { } number && double.IsFinite(number)
            ? Math.Round(Convert.ToDecimal(number, CultureInfo.InvariantCulture), 9, MidpointRounding.AwayFromZero)
            : null;

    /// <summary>A date a query wrote as <c>strftime(…, '%Y-%m-%d')</c>.</summary>
    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Read<T>(string sql, Func<T> read)
    {
        var outside = RelationsOutsideMarts(sql);
        if (outside.Count > 0)
        {
            throw new InvalidOperationException($"A report query reads {string.Join(", ", outside)}: reports read marts.* only.");
        }

        try
        {
            return read();
        }
        catch (DuckDBException exception) when (exception.Message.StartsWith("Catalog Error", StringComparison.Ordinal)
            || exception.Message.StartsWith("Binder Error", StringComparison.Ordinal))
        {
            var missing = MissingName().Match(exception.Message) is { Success: true } match ? match.Groups[1].Value : "?";
            throw new ReportUnavailableException(
                $"Хранилище не пересчитано этой версией программы (нет витрины или столбца «{missing}»): выполните analytics build и повторите.",
                $"Қойма бағдарламаның осы нұсқасымен есептелмеген («{missing}» витринасы не бағаны жоқ): analytics build орындап, қайталаңыз.",
                exception);
        }
    }

    /// <summary>The relation or column DuckDB names in "Table with name X does not exist" or "Referenced column "X" not found".</summary>
    [GeneratedRegex("(?:Table with name |Referenced column \"?)([A-Za-z0-9_]+)")]
    private static partial Regex MissingName();

    [GeneratedRegex(@"\b(?:staging|intermediate|raw|config|main|information_schema|marts)\.[a-z_][a-z0-9_]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex QualifiedRelation();
}
