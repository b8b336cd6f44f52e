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

    /// <summary>Set when each of the model's rows depends only on the source rows of its own key: see <see cref="IncrementalMetadata"/>.</summary>
    public IncrementalMetadata? Incremental { get; set; }

    /// <summary>Queries that return the offending rows; an empty result passes.</summary>
    public List<ExpressionTest> Tests { get; set; } = [];
}

/// <summary>
/// A model whose rows are each made from the rows of one key in one growing raw table (an event from the versions of
/// its id delivered so far), and from inputs that did not change: a build that finds only new batches in that table
/// computes the rows of the keys those batches name and replaces them in place, instead of the whole table. This holds
/// only if the model, and every model between it and the source, makes a key's rows from that key's source rows alone
/// (no aggregate or window across keys): the build cannot check it, the incremental-build equivalence tests do.
/// </summary>
public sealed class IncrementalMetadata
{
    /// <summary>The raw table whose rows arrive in batches (<c>raw.events</c>).</summary>
    public string Source { get; set; } = "";

    /// <summary>Columns named alike in the source and the model that identify a model row and the source rows it is made from.</summary>
    public List<string> Key { get; set; } = [];
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

    /// <summary>What an analyst should put right in the input when the test fails, in Russian; empty when the rows say it.</summary>
    public string Ru { get; set; } = "";

    /// <summary>The same in Kazakh.</summary>
    public string Kk { get; set; } = "";
}
