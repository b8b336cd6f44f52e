namespace Analytics.Warehouse.Runner;

public sealed record ModelDefinition(string Name, ModelLayer Layer, string Sql, ModelMetadata Metadata, IReadOnlyList<string> Dependencies)
{
    public string QualifiedName => $"{Layer.Schema()}.{Name}";

    /// <summary>view or table: what the model's .yml asks for, else what its layer is made of.</summary>
    public string Materialisation => Metadata.Materialisation switch
    {
        "" => Layer.Materialisation(),
        "view" or "table" => Metadata.Materialisation,
        var other => throw new InvalidOperationException($"Model {QualifiedName}: materialisation «{other}» is not view or table."),
    };
}
