namespace Analytics.Etl.Sources;

/// <summary>A file the loader cannot take as it is, refused whole with this message in Russian and Kazakh.</summary>
public class FileRefusedException : IOException
{
    public FileRefusedException()
    {
    }

    public FileRefusedException(string message) : base(message)
    {
    }

    public FileRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public FileRefusedException(string messageRu, string messageKk) : base(messageRu) => MessageKk = messageKk;

    public FileRefusedException(string messageRu, string messageKk, Exception innerException) : base(messageRu, innerException) => MessageKk = messageKk;

    public string MessageKk { get; } = "";
}
