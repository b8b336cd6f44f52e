namespace Analytics.Etl.Loading;

/// <summary>Where a load is: which input, how many of its records are read, of about how many.</summary>
public sealed record LoadProgress(string Input, string Dataset, long Records, long ExpectedRecords, bool Validating);
