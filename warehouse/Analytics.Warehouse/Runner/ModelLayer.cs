namespace Analytics.Warehouse.Runner;

/// <summary>The folder a model lives in decides its schema and how it is materialised.</summary>
public enum ModelLayer
{
    Staging,
    Intermediate,
    Marts,
}

public static class ModelLayerExtensions
{
    public static string Schema(this ModelLayer layer) => layer switch
    {
        ModelLayer.Staging => "staging",
        ModelLayer.Intermediate => "intermediate",
        _ => "marts",
    };

    /// <summary>Staging renames and casts, so a view costs nothing; later layers are read many times.</summary>
    public static string Materialisation(this ModelLayer layer) => layer == ModelLayer.Staging ? "view" : "table";

    public static ModelLayer FromFolder(string folder) => folder switch
    {
        "staging" => ModelLayer.Staging,
        "intermediate" => ModelLayer.Intermediate,
        "marts" => ModelLayer.Marts,
        _ => throw new InvalidOperationException($"Model folder «{folder}» is not a layer: expected staging, intermediate or marts."),
    };
}
