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
    LoadNote? Note,
    IReadOnlyList<LoadNote> Warnings,
    IReadOnlyList<QuarantinedCell> Examples)
{
    /// <summary>The note in Russian, as kept in <c>raw.load_journal</c> and the load report.</summary>
    public string? Message => Note?.Ru;
}

/// <summary>Why a file was refused or skipped, or a warning about it, in the analysts' languages.</summary>
public sealed record LoadNote(string Ru, string Kk);

/// <summary>A bad cell, as reported to the analyst.</summary>
public sealed record QuarantinedCell(long Row, string? Column, string? Value, string ExpectedRu, string ExpectedKk);
