namespace Analytics.Etl.Sources;

public enum InboxFileKind
{
    Dataset,
    MonthlyForm,
    CampaignConfiguration,
    TargetsConfiguration,
    Unknown,
}

/// <summary>A file found in a batch folder and what the naming rule says it is.</summary>
public sealed record InboxFile(string Path, InboxFileKind Kind, string? Dataset)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();
}
