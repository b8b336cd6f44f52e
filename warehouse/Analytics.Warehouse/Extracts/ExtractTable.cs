namespace Analytics.Warehouse.Extracts;

/// <summary>
/// A table of the output contract: its name, the query behind it, the column it is partitioned by, and the columns
/// that name one of its rows (its natural key), which a release compares revisions by.
/// </summary>
public sealed record ExtractTable(string Name, string Model, string Query, string? PartitionColumn = null)
{
    public IReadOnlyList<string> Key { get; init; } = [];

    /// <summary>
    /// What a release freezes of the table, when it is not <see cref="Query"/>: for a table that no model computes at
    /// the cut-off (the quarantine), the rows as they stood at the end of the cut-off day.
    /// </summary>
    public string? ReleasedQuery { get; init; }
}
