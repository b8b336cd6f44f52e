using System.Globalization;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Benchmarks;

/// <summary>
/// A small batch as a sector union sends it after the national load, changing figures: for the primaries of one sector
/// union (the one whose primaries are nearest the average), the campaign's last month's monthly reports sent again
/// with one more worker reached, consulted and received that month, and as many events again as late events of their
/// own (new ids), all taken from the national files. A batch that only repeated rows already loaded would change no
/// figure and spare the models a real batch makes work.
/// </summary>
internal static class FollowUpBatch
{
    private static readonly string[] CorrectedColumns = ["workers_reached_month", "legal_aid_consultations", "reception_visitors"];

    /// <summary>Writes org_reports.csv and events.csv into <paramref name="outDirectory"/>; returns the rows written.</summary>
    public static long Write(string inbox, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute(
            $"""
            create table sector_primaries as
            select distinct org_id, sector_id from read_csv({Input(inbox, "organisations.csv")}, all_varchar = true)
            where level = 'primary' and sector_id is not null;
            create table followed as
            select sector_id from sector_primaries group by sector_id
            order by abs(count(*) - (select count(*) / count(distinct sector_id) from sector_primaries)), sector_id limit 1;
            create table last_month as
            select max(period) as period from read_csv({Input(inbox, "org_reports.csv")}, all_varchar = true);
            """);
        const string oneMore = "cast(try_cast(r.{0} as integer) + 1 as varchar) as {0}";
        var corrected = string.Join(", ", CorrectedColumns.Select(column => string.Format(CultureInfo.InvariantCulture, oneMore, column)));
        return Copy(connection, inbox, outDirectory, "org_reports.csv", $"r.* replace ({corrected})", "r.period = (select period from last_month)")
            + Copy(connection, inbox, outDirectory, "events.csv", "r.* replace (r.event_id || '-late' as event_id)", "left(r.date, 7) = (select period from last_month)");
    }

    private static long Copy(DuckDBConnection connection, string inbox, string outDirectory, string file, string columns, string inMonth)
    {
        var output = PlainReadCsv.Literal(Path.Combine(outDirectory, file));
        connection.Execute(
            $"""
            copy (
                select {columns} from read_csv({Input(inbox, file)}, all_varchar = true) r
                where {inMonth} and r.org_id in (select org_id from sector_primaries where sector_id = (select sector_id from followed))
            ) to {output} (header true)
            """);
        return connection.ExecuteScalar<long>($"select count(*) from read_csv({output}, all_varchar = true)");
    }

    private static string Input(string inbox, string file) => PlainReadCsv.Literal(Path.Combine(inbox, file));
}
