using System.Text.RegularExpressions;
using Analytics.Warehouse.Extracts;
using Dapper;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// methodology §12: no appeal text, author, source name or summary in any mart, nor anything that looks like a
/// phone number, an email or a 12-digit IIN/BIN; no extract of the monitoring tables counts appeals for a primary.
/// </summary>
[Collection(MonitoringFederationGroup.Name)]
public sealed partial class MonitoringPrivacyTests(BuiltMonitoringFederation federation)
{
    private static readonly string[] ForbiddenColumns = ["text", "author", "source_name", "summary", "appellant_key"];

    private static readonly string[] ExtractScopes = ["federation", "sector", "territorial", "region"];

    private List<(string Table, string Column, string Type)> MartColumns() =>
        federation.Query<(string, string, string)>(
            """
            select table_name, column_name, data_type from information_schema.columns
            where table_schema = 'marts' order by table_name, ordinal_position
            """);

    [Fact]
    public void Marts_HaveNoPrivateColumn()
    {
        var columns = MartColumns();

        Assert.Contains(columns, column => column.Table == "mart_threat_light");
        Assert.Empty(columns.Where(column => ForbiddenColumns.Contains(column.Column)).Select(column => $"{column.Table}.{column.Column}"));
    }

    // The fixture's A5 carries a phone, an email and an IIN, the journal an author, a source name and a summary.
    [Fact]
    public void Marts_HoldNoContactDetailsIdsOrPrivateTexts()
    {
        var privateTexts = federation.Query<string>(
            """
            select text from raw.appeals where text is not null
            union select author from raw.threat_journal where author is not null
            union select source_name from raw.threat_journal where source_name is not null
            union select summary from raw.threat_journal where summary is not null
            """).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(MonitoringFederation.PrivateAuthor, privateTexts);
        var offending = new List<string>();
        using var connection = federation.Warehouse.Database.Open();
        foreach (var (table, column, _) in MartColumns().Where(column => column.Type == "VARCHAR"))
        {
            foreach (var value in connection.Query<string>($"select distinct \"{column}\" from marts.\"{table}\" where \"{column}\" is not null"))
            {
                if (privateTexts.Contains(value) || Email().IsMatch(value) || TwelveDigits().IsMatch(value) || Phone().IsMatch(value))
                {
                    offending.Add($"{table}.{column} = {value}");
                }
            }
        }

        Assert.Empty(offending);
    }

    [Fact]
    public void Extracts_NeverCountAppealsForAPrimary()
    {
        using var connection = federation.Warehouse.Database.Open();
        foreach (var table in MonitoringExtracts.Tables.Where(table => table.Name.StartsWith("barometer", StringComparison.Ordinal)))
        {
            var scopes = connection.Query<string>($"select distinct scope from ({table.Query})").ToList();

            Assert.NotEmpty(scopes);
            Assert.All(scopes, scope => Assert.Contains(scope, ExtractScopes));
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b\d{12}\b")]
    private static partial Regex TwelveDigits();

    [GeneratedRegex(@"(\+7|\b8)[\s\-\(]*\d{3}[\s\-\)]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}\b")]
    private static partial Regex Phone();
}
