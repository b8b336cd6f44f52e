namespace Analytics.Etl.Sources;

/// <summary>A file's header and its records, whatever the file's format, and how many records it holds about.</summary>
public sealed record TabularData(IReadOnlyList<string> Header, IEnumerable<RawRecord> Records, long ExpectedRecords = 0);
