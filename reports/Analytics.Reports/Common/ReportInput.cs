using System.Data;

namespace Analytics.Reports.Common;

/// <summary>A file the warehouse loaded (<c>marts.dim_input_files</c>), for the manifest.</summary>
public sealed record ReportInput(long BatchId, string FileName, string? Dataset, string? Sha256)
{
    public static IReadOnlyList<ReportInput> ReadAll(IDbConnection connection) =>
        Marts.Query<InputRow>(connection, "select batch_id, file_name, dataset, sha256 from marts.dim_input_files order by batch_id, file_name, dataset")
            .Select(row => new ReportInput(row.BatchId, row.FileName, row.Dataset, row.Sha256))
            .ToList();

    private sealed record InputRow
    {
        public long BatchId { get; init; }

        public string FileName { get; init; } = "";

        public string? Dataset { get; init; }

        public string? Sha256 { get; init; }
    }
}
