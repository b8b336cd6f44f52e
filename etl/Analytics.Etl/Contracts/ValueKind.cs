namespace Analytics.Etl.Contracts;

/// <summary>How a contract column's text is read (input contract, "General rules").</summary>
public enum ValueKind
{
    Text,
    WholeNumber,
    DecimalNumber,
    Date,
    Timestamp,
    Boolean,
    Code,
    Period,
    Bin,
}
