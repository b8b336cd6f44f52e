namespace Analytics.Etl.Contracts;

/// <summary>
/// A rule between columns or against known ids. <paramref name="FailsWhen"/> is SQL over the parsed
/// row <c>p</c>; the row is quarantined naming <paramref name="Column"/> (the dependent column).
/// </summary>
public sealed record RowCheck(string Column, string FailsWhen, string ReasonCode, Expectation Expected);
