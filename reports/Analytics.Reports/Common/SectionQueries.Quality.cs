using System.Data;

namespace Analytics.Reports.Common;

/// <summary>Data quality: what the loader read and what it quarantined, by reason.</summary>
public static partial class SectionQueries
{
    public static DataQuality Quality(IDbConnection connection)
    {
        var totals = Marts.One<QualityTotalsRow>(
            connection,
            """
            select coalesce(sum(rows_read), 0)::bigint as rows_read, coalesce(sum(rows_loaded), 0)::bigint as rows_loaded,
                   coalesce(sum(rows_quarantined), 0)::bigint as rows_quarantined,
                   sum(rows_quarantined) / nullif(sum(rows_read), 0) as quarantined_share
            from marts.dim_input_files
            """);
        var reasons = Marts.Query<QuarantineRow>(
            connection,
            """
            select dataset, reason_code, rows_quarantined, files
            from marts.mart_quarantine_reasons
            order by rows_quarantined desc, dataset, reason_code
            """)
            .Select(row => new QuarantineLine(row.Dataset, row.ReasonCode, row.RowsQuarantined, row.Files))
            .ToList();
        return new DataQuality(totals.RowsRead, totals.RowsLoaded, totals.RowsQuarantined, Marts.Exact(totals.QuarantinedShare), reasons);
    }

    private sealed record QualityTotalsRow
    {
        public long RowsRead { get; init; }

        public long RowsLoaded { get; init; }

        public long RowsQuarantined { get; init; }

        public double? QuarantinedShare { get; init; }
    }

    private sealed record QuarantineRow
    {
        public string Dataset { get; init; } = "";

        public string ReasonCode { get; init; } = "";

        public long RowsQuarantined { get; init; }

        public long Files { get; init; }
    }
}
