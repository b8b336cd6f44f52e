using Analytics.Etl.Contracts;

namespace Analytics.Etl.Sources;

/// <summary>Names each file of a batch folder by the contract's naming rule.</summary>
public static class InboxScanner
{
    private static readonly string[] DataExtensions = [".csv"];

    public static IReadOnlyList<InboxFile> Scan(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The batch folder {directory} does not exist.");
        }

        return Directory.EnumerateFiles(directory)
            .Order(StringComparer.Ordinal)
            .Select(Classify)
            .ToList();
    }

    public static InboxFile Classify(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name == "campaign.json")
        {
            return new InboxFile(path, InboxFileKind.CampaignConfiguration, null);
        }

        if (name == "targets.json")
        {
            return new InboxFile(path, InboxFileKind.TargetsConfiguration, null);
        }

        var known = InputContract.LoadOrder.Select(contract => contract.Name).Concat(InputContract.NotYetSupported);
        // The dataset is the longest name the file starts with, followed by '_' or '.' (org_reports before org…).
        var dataset = known
            .Where(candidate => name.StartsWith(candidate + "_", StringComparison.Ordinal) || name.StartsWith(candidate + ".", StringComparison.Ordinal))
            .MaxBy(candidate => candidate.Length);
        var extension = Path.GetExtension(name);

        if (dataset is null)
        {
            return name.StartsWith("org_report", StringComparison.Ordinal) && extension == ".xlsx"
                ? new InboxFile(path, InboxFileKind.NotYetSupported, "org_report_form")
                : new InboxFile(path, InboxFileKind.Unknown, null);
        }

        if (InputContract.NotYetSupported.Contains(dataset) || extension is ".jsonl" or ".xlsx")
        {
            return new InboxFile(path, InboxFileKind.NotYetSupported, dataset);
        }

        return DataExtensions.Contains(extension)
            ? new InboxFile(path, InboxFileKind.Dataset, dataset)
            : new InboxFile(path, InboxFileKind.Unknown, null);
    }
}
