namespace Analytics.Warehouse;

/// <summary>Literals and identifiers written into generated SQL (releases, the build's shadows and data tests).</summary>
internal static class Sql
{
    public static string Escape(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
