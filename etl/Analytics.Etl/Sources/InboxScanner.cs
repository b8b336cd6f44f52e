using Analytics.Warehouse.Configuration;
using Analytics.Etl.Contracts;

namespace Analytics.Etl.Sources;

/// <summary>Names each file of a batch folder by the contract's naming rule.</summary>
public static class InboxScanner
{
    public static IReadOnlyList<InboxFile> Scan(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ConfigurationException(
                $"Папка пакета {Path.GetFullPath(directory)} не найдена: укажите папку с файлами входного контракта.",
                $"{Path.GetFullPath(directory)} пакет бумасы табылмады: кіріс келісімшарты файлдары бар буманы көрсетіңіз.");
        }

        return Directory.EnumerateFiles(directory)
            .Order(StringComparer.Ordinal)
            .Select(path => !RegularFile.Is(path) ? new InboxFile(path, InboxFileKind.NotRegular, null)
                : InputLimits.Exceeded(path) ? new InboxFile(path, InboxFileKind.TooLarge, null)
                : Classify(path))
            .ToList();
    }

    public static InboxFile Classify(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        var extension = Path.GetExtension(name);
        switch (name)
        {
            case "campaign.json":
                return new InboxFile(path, InboxFileKind.CampaignConfiguration, null);
            case "targets.json":
                return new InboxFile(path, InboxFileKind.TargetsConfiguration, null);
        }

        if (extension == ".xlsx" && name.StartsWith("org_report", StringComparison.Ordinal))
        {
            return new InboxFile(path, InboxFileKind.MonthlyForm, null);
        }

        // The dataset is the longest name the file starts with, followed by '_' or '.'.
        var dataset = InputContract.LoadOrder.Select(contract => contract.Name)
            .Where(candidate => name.StartsWith(candidate + "_", StringComparison.Ordinal) || name.StartsWith(candidate + ".", StringComparison.Ordinal))
            .MaxBy(candidate => candidate.Length);
        var readable = extension is ".csv" or ".jsonl" || (extension == ".xlsx" && dataset == InputContract.Organisations.Name);
        return dataset is not null && readable
            ? new InboxFile(path, InboxFileKind.Dataset, dataset)
            : new InboxFile(path, InboxFileKind.Unknown, null);
    }
}
