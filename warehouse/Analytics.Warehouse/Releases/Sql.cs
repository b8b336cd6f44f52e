namespace Analytics.Warehouse.Releases;

/// <summary>Literals and identifiers written into the SQL a release generates.</summary>
internal static class Sql
{
    public static string Escape(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
