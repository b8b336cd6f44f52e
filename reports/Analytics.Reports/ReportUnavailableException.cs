namespace Analytics.Reports;

/// <summary>The warehouse cannot give the report asked for; the message says why and what to run, in both languages.</summary>
public sealed class ReportUnavailableException : Exception
{
    public ReportUnavailableException(string messageRu, string messageKk) : base(messageRu) => MessageKk = messageKk;

    public ReportUnavailableException(string messageRu, string messageKk, Exception innerException)
        : base(messageRu, innerException) => MessageKk = messageKk;

    public ReportUnavailableException()
    {
        MessageKk = "";
    }

    public ReportUnavailableException(string message) : base(message) => MessageKk = message;

    public ReportUnavailableException(string message, Exception innerException) : base(message, innerException) => MessageKk = message;

    public string MessageKk { get; }
}
