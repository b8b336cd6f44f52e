using System.Data;
using Dapper;

namespace Analytics.Reports.Common;

/// <summary>Data quality: what the loader read and what it quarantined, by reason.</summary>
public static partial class SectionQueries
{
    public static DataQuality Quality(IDbConnection connection)
    {
        var totals = connection.QuerySingle(
            """
            select coalesce(sum(rows_read), 0)::bigint as rows_read, coalesce(sum(rows_loaded), 0)::bigint as rows_loaded,
                   coalesce(sum(rows_quarantined), 0)::bigint as rows_quarantined
            from raw.load_journal where status = 'loaded'
            """);
        var reasons = connection.Query(
            """
            select dataset, reason_code, count(*) as rows, count(distinct source_file) as files
            from raw.quarantine
            group by all
            order by rows desc, dataset, reason_code
            """)
            .Select(row => new QuarantineLine((string)row.dataset, (string)row.reason_code, Db.Long(row.rows), Db.Long(row.files)))
            .ToList();
        return new DataQuality(Db.Long(totals.rows_read), Db.Long(totals.rows_loaded), Db.Long(totals.rows_quarantined), reasons);
    }
}
