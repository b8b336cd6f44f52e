namespace Analytics.Reports.Common;

/// <summary>What the loader refused: quarantined rows by dataset and reason (<c>raw.quarantine</c>), over every batch loaded.</summary>
/// <param name="RowsRead">Rows read from every loaded file (<c>raw.load_journal</c>).</param>
public sealed record DataQuality(long RowsRead, long RowsLoaded, long RowsQuarantined, IReadOnlyList<QuarantineLine> Reasons)
{
    public decimal? QuarantinedShare => RowsRead > 0 ? (decimal)RowsQuarantined / RowsRead : null;
}

/// <param name="Dataset">Contract dataset: <c>events</c>.</param>
/// <param name="ReasonCode">The loader's code: <c>unknown_org</c>, <c>bad_date</c>.</param>
/// <param name="Files">Files with such rows.</param>
public sealed record QuarantineLine(string Dataset, string ReasonCode, long Rows, long Files);
