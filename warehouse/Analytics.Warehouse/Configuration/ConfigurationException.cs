namespace Analytics.Warehouse.Configuration;

/// <summary>
/// Bad configuration given by the user: the message says which file, key and what was expected, in Russian
/// (<see cref="Exception.Message"/>) and, when given, in Kazakh (<see cref="MessageKk"/>).
/// </summary>
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

    /// <summary>A message in both languages of the command line.</summary>
    public ConfigurationException(string messageRu, string messageKk, Exception? innerException = null) : base(messageRu, innerException) =>
        MessageKk = messageKk;

    /// <summary>The message in Kazakh; null when only one language was given.</summary>
    public string? MessageKk { get; }
}
