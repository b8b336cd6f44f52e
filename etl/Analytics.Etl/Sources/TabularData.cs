namespace Analytics.Etl.Sources;

/// <summary>A file's header and its records, whatever the file's format.</summary>
public sealed record TabularData(IReadOnlyList<string> Header, IEnumerable<RawRecord> Records);
