namespace Analytics.Etl.Sources;

/// <summary>An input beyond one of the <see cref="InputLimits"/>: the file is refused with this message.</summary>
public sealed class InputTooLargeException : FileRefusedException
{
    public InputTooLargeException()
    {
    }

    public InputTooLargeException(string message) : base(message)
    {
    }

    public InputTooLargeException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public InputTooLargeException(string messageRu, string messageKk) : base(messageRu, messageKk)
    {
    }

    public InputTooLargeException(string messageRu, string messageKk, Exception innerException) : base(messageRu, messageKk, innerException)
    {
    }
}
