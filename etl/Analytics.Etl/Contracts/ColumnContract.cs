namespace Analytics.Etl.Contracts;

/// <summary>One column of a dataset as the input contract defines it.</summary>
public sealed record ColumnContract(string Name, ValueKind Kind, bool Required = false)
{
    public IReadOnlyList<string> Codes { get; init; } = [];

    public long? Min { get; init; }

    public long? Max { get; init; }

    public static ColumnContract Id(string name) => new(name, ValueKind.Text, Required: true);

    public static ColumnContract Code(string name, IReadOnlyList<string> codes, bool required = false) =>
        new(name, ValueKind.Code, required) { Codes = codes };

    public static ColumnContract Count(string name, bool required = false, long min = 0) =>
        new(name, ValueKind.WholeNumber, required) { Min = min };
}
