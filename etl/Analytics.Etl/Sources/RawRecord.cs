namespace Analytics.Etl.Sources;

/// <summary>One record as read from a file: the line it starts on (header = 1) and its fields as text.</summary>
public sealed record RawRecord(long Line, IReadOnlyList<string> Fields);
