namespace Analytics.Warehouse.Configuration;

/// <summary>Bad configuration given by the user: the message says which file, key and what was expected.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message) : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public ConfigurationException()
    {
    }
}
