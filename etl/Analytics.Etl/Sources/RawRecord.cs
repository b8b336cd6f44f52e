namespace Analytics.Etl.Sources;

/// <summary>
/// One record as read from a file: where it starts (the file's line, header = 1; the sheet row for XLSX), its
/// fields as text in header order, and, when it could not be read as a record at all, why.
/// </summary>
public sealed record RawRecord(long Line, IReadOnlyList<string?> Fields, RecordProblem? Problem = null);

/// <summary>Why a record could not be split into fields, in the analysts' languages.</summary>
public sealed record RecordProblem(string Code, string ExpectedRu, string ExpectedKk, string? Found);
