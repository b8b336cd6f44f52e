namespace Analytics.Etl.Sources;

public enum InboxFileKind
{
    Dataset,
    MonthlyForm,
    CampaignConfiguration,
    TargetsConfiguration,
    Unknown,

    /// <summary>A symbolic link, FIFO, socket or device: never opened.</summary>
    NotRegular,

    /// <summary>Larger than the limit for its format: never read.</summary>
    TooLarge,
}

/// <summary>A file found in a batch folder and what the naming rule says it is.</summary>
public sealed record InboxFile(string Path, InboxFileKind Kind, string? Dataset)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();
}
