namespace Analytics.Warehouse.Runner;

public sealed record ModelDefinition(string Name, ModelLayer Layer, string Sql, ModelMetadata Metadata, IReadOnlyList<string> Dependencies)
{
    public string QualifiedName => $"{Layer.Schema()}.{Name}";
}
