using System.Data;
using Dapper;

namespace Analytics.Reports.Common;

/// <summary>A file the warehouse loaded (<c>raw.load_journal</c>, status loaded), for the manifest.</summary>
public sealed record ReportInput(long BatchId, string FileName, string? Dataset, string? Sha256)
{
    public static IReadOnlyList<ReportInput> ReadAll(IDbConnection connection) =>
        connection.Query(
            "select batch_id, file_name, dataset, sha256 from raw.load_journal where status = 'loaded' order by batch_id, file_name")
            .Select(row => new ReportInput(Convert.ToInt64(row.batch_id), (string)row.file_name, (string?)row.dataset, (string?)row.sha256))
            .ToList();
}
