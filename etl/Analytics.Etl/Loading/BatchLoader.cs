using System.Diagnostics;
using Analytics.Etl.Contracts;
using Analytics.Etl.Forms;
using Analytics.Etl.Privacy;
using Analytics.Etl.Sources;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>Loads one batch folder in one transaction: either all of it lands or none of it does.</summary>
public sealed class BatchLoader(WarehouseDatabase database, PseudonymKey? key)
{
    public BatchLoadResult Load(string directory, Action<FileLoadResult>? onFile = null)
    {
        var files = InboxScanner.Scan(directory);
        var campaign = ReadConfiguration(files, InboxFileKind.CampaignConfiguration, CampaignSettings.Parse);
        var targets = ReadConfiguration(files, InboxFileKind.TargetsConfiguration, TargetSettings.Parse);

        WarehouseSetup.Prepare(database);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var batchId = connection.ExecuteScalar<long>("select nextval('raw.batch_ids')");
        connection.Execute("insert into raw.load_batches values ($id, $source, now()::timestamp, null)", new { id = batchId, source = Path.GetFullPath(directory) });

        var results = new List<FileLoadResult>();
        void Record(InboxFile file, FileLoadResult result, string? sha256, long size, DateTime started)
        {
            connection.Execute(
                """
                insert into raw.load_journal
                values ($batch, $file, $dataset, $sha, $size, $status, $read, $loaded, $quarantined, $started, now()::timestamp, $message)
                """,
                new
                {
                    batch = batchId, file = file.Name, dataset = result.Dataset, sha = sha256, size,
                    status = result.Status.ToString().ToLowerInvariant(), read = result.RowsRead, loaded = result.RowsLoaded,
                    quarantined = result.RowsQuarantined, started, message = result.Message,
                });
            results.Add(result);
            onFile?.Invoke(result);
        }

        foreach (var (file, settings) in new[] { (campaign.File, (object?)campaign.Settings), (targets.File, targets.Settings) })
        {
            if (file is null)
            {
                continue;
            }

            switch (settings)
            {
                case CampaignSettings c:
                    WarehouseConfiguration.Save(connection, c, transaction);
                    break;
                case TargetSettings t:
                    WarehouseConfiguration.Save(connection, t, transaction);
                    break;
            }

            Record(file, new FileLoadResult(file.Name, null, FileLoadStatus.Configuration, 0, 0, 0, "configuration replaced", [], []), null, new FileInfo(file.Path).Length, DateTime.UtcNow);
        }

        var fileLoader = new FileLoader(connection, batchId, key);
        var forms = files.Where(file => file.Kind == InboxFileKind.MonthlyForm).Select(file => (File: file, Parts: ReadForm(file))).ToList();
        foreach (var contract in InputContract.LoadOrder)
        {
            var inputs = Inputs(contract, files, forms).OrderBy(input => input.File.Name, StringComparer.Ordinal);
            foreach (var (file, read) in inputs)
            {
                var started = DateTime.UtcNow;
                var bytes = File.ReadAllBytes(file.Path);
                var sha256 = FileLoader.Sha256(bytes);
                var earlier = connection.ExecuteScalar<long?>(
                    "select min(batch_id) from raw.load_journal where sha256 = $sha and dataset = $dataset and status = 'loaded'",
                    new { sha = sha256, dataset = contract.Name });
                var result = earlier is { } batch
                    ? new FileLoadResult(file.Name, contract.Name, FileLoadStatus.Duplicate, 0, 0, 0, $"identical to a file loaded in batch {batch}: nothing changed", [], [])
                    : LoadReadable(fileLoader, file, contract, () => read(bytes));
                Record(file, result, sha256, bytes.LongLength, started);
            }
        }

        foreach (var (file, parts) in forms.Where(form => form.Parts.Error is not null))
        {
            Record(file, new FileLoadResult(file.Name, "org_reports", FileLoadStatus.Refused, 0, 0, 0, parts.Error, [], []), null, new FileInfo(file.Path).Length, DateTime.UtcNow);
        }

        foreach (var file in files.Where(file => file.Kind == InboxFileKind.Unknown))
        {
            var result = new FileLoadResult(file.Name, null, FileLoadStatus.Unknown, 0, 0, 0, "not a file of the input contract: left alone", [], []);
            Record(file, result, null, new FileInfo(file.Path).Length, DateTime.UtcNow);
        }

        connection.Execute("update raw.load_batches set finished_at = now()::timestamp where batch_id = $id", new { id = batchId });
        transaction.Commit();
        return new BatchLoadResult(batchId, results);
    }

    /// <summary>The dataset's own files, and for org_reports and events the parts of the monthly forms.</summary>
    private static IEnumerable<(InboxFile File, Func<byte[], TabularData> Read)> Inputs(
        DatasetContract contract, IReadOnlyList<InboxFile> files, IReadOnlyList<(InboxFile File, FormParts Parts)> forms)
    {
        foreach (var file in files.Where(file => file.Kind == InboxFileKind.Dataset && file.Dataset == contract.Name))
        {
            yield return (file, bytes => TabularReader.Read(file, bytes));
        }

        foreach (var (file, parts) in forms.Where(form => form.Parts.Error is null))
        {
            if (contract == InputContract.OrgReports)
            {
                yield return (file, _ => parts.Report!);
            }
            else if (contract == InputContract.Events)
            {
                yield return (file, _ => parts.Events!);
            }
        }
    }

    private static FileLoadResult LoadReadable(FileLoader loader, InboxFile file, DatasetContract contract, Func<TabularData> read)
    {
        TabularData data;
        try
        {
            data = read();
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            return new FileLoadResult(file.Name, contract.Name, FileLoadStatus.Refused, 0, 0, 0, $"the file cannot be read as {file.Extension}: {exception.Message}", [], []);
        }

        return loader.Load(file, contract, data);
    }

    private static FormParts ReadForm(InboxFile file)
    {
        try
        {
            var (report, events) = MonthlyReportForm.Read(file.Path);
            return new FormParts(report, events, null);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            return new FormParts(null, null, $"the monthly form cannot be read: {exception.Message}");
        }
    }

    private sealed record FormParts(TabularData? Report, TabularData? Events, string? Error);

    private static (InboxFile? File, T? Settings) ReadConfiguration<T>(IReadOnlyList<InboxFile> files, InboxFileKind kind, Func<string, string, T> parse)
        where T : class
    {
        var file = files.FirstOrDefault(candidate => candidate.Kind == kind);
        return file is null ? (null, null) : (file, parse(File.ReadAllText(file.Path), file.Name));
    }
}

public sealed record BatchLoadResult(long BatchId, IReadOnlyList<FileLoadResult> Files);
