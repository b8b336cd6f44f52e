using DbUp.Engine;
using DbUp.Engine.Transactions;

namespace Analytics.Warehouse.Migrations;

/// <summary>The migration scripts shipped inside this assembly, in name order.</summary>
internal sealed class EmbeddedMigrationProvider : IScriptProvider
{
    private const string Prefix = "Migrations/";

    public IEnumerable<SqlScript> GetScripts(IConnectionManager connectionManager)
    {
        var assembly = typeof(EmbeddedMigrationProvider).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return SqlScript.FromStream(name[Prefix.Length..], stream);
            })
            .ToList();
    }
}
