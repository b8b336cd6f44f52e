using System.Diagnostics;
using Analytics.Etl.Contracts;
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
        foreach (var contract in InputContract.LoadOrder)
        {
            foreach (var file in files.Where(file => file.Kind == InboxFileKind.Dataset && file.Dataset == contract.Name))
            {
                var started = DateTime.UtcNow;
                var bytes = File.ReadAllBytes(file.Path);
                var sha256 = FileLoader.Sha256(bytes);
                var earlier = connection.ExecuteScalar<long?>(
                    "select min(batch_id) from raw.load_journal where sha256 = $sha and status = 'loaded'", new { sha = sha256 });
                var result = earlier is { } batch
                    ? new FileLoadResult(file.Name, contract.Name, FileLoadStatus.Duplicate, 0, 0, 0, $"identical to a file loaded in batch {batch}: nothing changed", [], [])
                    : fileLoader.Load(file, contract, bytes);
                Record(file, result, sha256, bytes.LongLength, started);
            }
        }

        foreach (var file in files.Where(file => file.Kind is InboxFileKind.NotYetSupported or InboxFileKind.Unknown))
        {
            var result = file.Kind == InboxFileKind.Unknown
                ? new FileLoadResult(file.Name, null, FileLoadStatus.Unknown, 0, 0, 0, "not a file of the input contract: left alone", [], [])
                : new FileLoadResult(file.Name, file.Dataset, FileLoadStatus.NotYetSupported, 0, 0, 0, "dataset not yet supported by this version: skipped", [], []);
            Record(file, result, null, new FileInfo(file.Path).Length, DateTime.UtcNow);
        }

        connection.Execute("update raw.load_batches set finished_at = now()::timestamp where batch_id = $id", new { id = batchId });
        transaction.Commit();
        return new BatchLoadResult(batchId, results);
    }

    private static (InboxFile? File, T? Settings) ReadConfiguration<T>(IReadOnlyList<InboxFile> files, InboxFileKind kind, Func<string, string, T> parse)
        where T : class
    {
        var file = files.FirstOrDefault(candidate => candidate.Kind == kind);
        return file is null ? (null, null) : (file, parse(File.ReadAllText(file.Path), file.Name));
    }
}

public sealed record BatchLoadResult(long BatchId, IReadOnlyList<FileLoadResult> Files);
