namespace Analytics.Reports.Common;

/// <summary>What the loader refused: quarantined rows by dataset and reason, over every batch loaded.</summary>
/// <param name="RowsRead">Rows read from every loaded file (<c>marts.dim_input_files</c>).</param>
/// <param name="QuarantinedShare">Quarantined / read, 0..1; null when nothing was read.</param>
public sealed record DataQuality(long RowsRead, long RowsLoaded, long RowsQuarantined, decimal? QuarantinedShare, IReadOnlyList<QuarantineLine> Reasons);

/// <param name="Dataset">Contract dataset: <c>events</c>.</param>
/// <param name="ReasonCode">The loader's code: <c>unknown_org</c>, <c>bad_date</c>.</param>
/// <param name="Files">Files with such rows.</param>
public sealed record QuarantineLine(string Dataset, string ReasonCode, long Rows, long Files);
