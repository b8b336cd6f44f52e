namespace Analytics.Warehouse.Extracts;

/// <summary>A table of the output contract: its name, the query behind it and the column it is partitioned by.</summary>
public sealed record ExtractTable(string Name, string Model, string Query, string? PartitionColumn = null);
