namespace Analytics.Warehouse.Runner;

/// <summary>A data test found offending rows; the build was rolled back.</summary>
public sealed class DataTestFailedException : Exception
{
    public DataTestFailedException(string message) : base(message)
    {
    }

    public DataTestFailedException()
    {
    }

    public DataTestFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
