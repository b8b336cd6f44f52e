namespace Analytics.Warehouse.Runner;

/// <summary>A model, or its data tests, stopped the build with an error; says which, with the error as the inner exception.</summary>
public sealed class ModelFailedException(string model, bool inTests, Exception innerException)
    : Exception($"Model {model}{(inTests ? "'s data tests" : "")} failed: {innerException.Message}", innerException)
{
    /// <summary>The model's qualified name.</summary>
    public string Model { get; } = model;

    /// <summary>Whether its data tests failed, rather than the model itself.</summary>
    public bool InTests { get; } = inTests;
}
