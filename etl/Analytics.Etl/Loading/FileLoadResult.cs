namespace Analytics.Etl.Loading;

public enum FileLoadStatus
{
    Loaded,
    Duplicate,
    Refused,
    Unknown,
    Configuration,
}

/// <summary>What happened to one file of a batch. Rows read always equal loaded plus quarantined.</summary>
public sealed record FileLoadResult(
    string FileName,
    string? Dataset,
    FileLoadStatus Status,
    long RowsRead,
    long RowsLoaded,
    long RowsQuarantined,
    string? Message,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<QuarantinedCell> Examples);

/// <summary>A bad cell, as reported to the analyst.</summary>
public sealed record QuarantinedCell(long Row, string? Column, string? Value, string ExpectedRu, string ExpectedKk);
