using System.Globalization;
using System.Numerics;

namespace Analytics.Reports.Common;

/// <summary>Values of DuckDB rows read with Dapper's dynamic rows, whatever numeric type DuckDB chose.</summary>
internal static class Db
{
    public static long Long(object? value) => value switch
    {
        null => 0,
        BigInteger big => (long)big,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    public static long? NullableLong(object? value) => value is null ? null : Long(value);

    public static int Int(object? value) => checked((int)Long(value));

    /// <summary>
    /// A DECIMAL as it is; a DOUBLE rounded to 9 places (methodology §1). DuckDB sums and averages doubles in
    /// parallel, in no fixed order, so their last bits differ from run to run; 9 places keep what is meant.
    /// </summary>
    public static decimal? Decimal(object? value) => value switch
    {
        null => null,
        BigInteger big => (decimal)big,
        double d when double.IsNaN(d) || double.IsInfinity(d) => null,
        double d => Math.Round(Convert.ToDecimal(d, CultureInfo.InvariantCulture), 9, MidpointRounding.AwayFromZero),
        float f => Math.Round(Convert.ToDecimal(f, CultureInfo.InvariantCulture), 9, MidpointRounding.AwayFromZero),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    public static DateOnly Date(object value) => value switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => DateOnly.FromDateTime(Convert.ToDateTime(value, CultureInfo.InvariantCulture)),
    };

    public static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    /// <summary>Whether a relation exists, for the monitoring marts a warehouse may not have yet.</summary>
    public static bool Exists(System.Data.IDbConnection connection, string schema, string table) =>
        Dapper.SqlMapper.ExecuteScalar<long>(
            connection,
            "select count(*) from information_schema.tables where table_schema = $schema and table_name = $table",
            new { schema, table }) > 0;
}
