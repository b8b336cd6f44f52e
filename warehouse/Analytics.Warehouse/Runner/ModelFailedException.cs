namespace Analytics.Warehouse.Runner;

/// <summary>A model, or its data tests, stopped the build with an error; says which, with the error as the inner exception.</summary>
public sealed class ModelFailedException : Exception
{
    public ModelFailedException(string model, bool inTests, Exception innerException)
        : base($"Model {model}{(inTests ? "'s data tests" : "")} failed: {innerException.Message}", innerException)
    {
        Model = model;
        InTests = inTests;
    }

    public ModelFailedException()
    {
    }

    public ModelFailedException(string message) : base(message)
    {
    }

    public ModelFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The model's qualified name, or null when the exception was made without one.</summary>
    public string? Model { get; }

    /// <summary>Whether its data tests failed, rather than the model itself.</summary>
    public bool InTests { get; }
}
