namespace Analytics.Warehouse.Runner;

/// <summary>A model's .yml: what one row is, its columns described for the data dictionary, and its data tests.</summary>
public sealed class ModelMetadata
{
    public string Description { get; set; } = "";

    public string Grain { get; set; } = "";

    /// <summary>view or table; empty: as the layer says (<see cref="ModelLayerExtensions.Materialisation"/>).</summary>
    public string Materialisation { get; set; } = "";

    /// <summary>Columns that together identify a row.</summary>
    public List<string> UniqueKey { get; set; } = [];

    public List<ColumnMetadata> Columns { get; set; } = [];

    /// <summary>Queries that return the offending rows; an empty result passes.</summary>
    public List<ExpressionTest> Tests { get; set; } = [];
}

public sealed class ColumnMetadata
{
    public string Name { get; set; } = "";

    public string Ru { get; set; } = "";

    public string En { get; set; } = "";

    public bool NotNull { get; set; }

    public bool Unique { get; set; }

    public List<string> AcceptedValues { get; set; } = [];

    /// <summary>schema.model.column that every non-null value must exist in.</summary>
    public string? References { get; set; }
}

public sealed class ExpressionTest
{
    public string Name { get; set; } = "";

    public string Sql { get; set; } = "";
}
