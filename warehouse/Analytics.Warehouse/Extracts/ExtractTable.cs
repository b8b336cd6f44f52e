namespace Analytics.Warehouse.Extracts;

/// <summary>
/// A table of the output contract: its name, the query behind it, the column it is partitioned by, and the columns
/// that name one of its rows (its natural key), which a release compares revisions by.
/// </summary>
public sealed record ExtractTable(string Name, string Model, string Query, string? PartitionColumn = null)
{
    public IReadOnlyList<string> Key { get; init; } = [];
}
