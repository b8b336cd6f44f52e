using Analytics.Etl.Contracts;
using Analytics.Etl.Privacy;
using Analytics.Etl.Sources;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>One batch under way: its transaction, its number and the journal of what happened to each input.</summary>
internal sealed class BatchContext
{
    private readonly List<FileLoadResult> results = [];
    private readonly FileLoader fileLoader;
    private readonly Action<FileLoadResult>? onInput;

    public BatchContext(DuckDBConnection connection, DuckDBTransaction transaction, string source, PseudonymKey? key, LoadObserver observer)
    {
        Connection = connection;
        Transaction = transaction;
        onInput = observer.OnInput;
        BatchId = connection.ExecuteScalar<long>("select nextval('raw.batch_ids')");
        // Timestamps come from the loader's clock: DuckDB's now() is the transaction's start, the same for the whole batch.
        connection.Execute("insert into raw.load_batches values ($id, $source, $started, null)", new { id = BatchId, source, started = DateTime.UtcNow });
        fileLoader = new FileLoader(connection, BatchId, key, observer.OnProgress);
    }

    public DuckDBConnection Connection { get; }

    public DuckDBTransaction Transaction { get; }

    public long BatchId { get; }

    public IReadOnlyList<FileLoadResult> Results => results;

    /// <summary>Loads an input unless an identical one (same SHA-256 for the same dataset) loaded before.</summary>
    public FileLoadResult LoadUnlessSeen(string name, DatasetContract contract, string sha256, long size, Func<TabularData> read)
    {
        var started = DateTime.UtcNow;
        var earlier = Connection.Query<(long Batch, long Quarantined)>(
            """
            select batch_id, rows_quarantined from raw.load_journal
            where sha256 = $sha and dataset = $dataset and status = 'loaded' order by batch_id limit 1
            """,
            new { sha = sha256, dataset = contract.Name }).Select(row => ((long Batch, long Quarantined)?)row).SingleOrDefault();
        var result = earlier is var (batch, quarantined)
            ? new FileLoadResult(name, contract.Name, FileLoadStatus.Duplicate, 0, 0, 0, Unchanged(batch, quarantined), [], [])
            : LoadReadable(name, contract, read);
        Journal(name, result, sha256, size, started);
        return result;
    }

    /// <summary>
    /// A file loaded before, byte for byte, changes nothing (input contract): rows it had quarantined stay there, even
    /// when what made them bad (an organisation not yet in the registry) has been put right since.
    /// </summary>
    private static LoadNote Unchanged(long batch, long quarantined) => quarantined == 0
        ? new($"совпадает с файлом, загруженным в пакете {batch}: ничего не изменилось", $"{batch}-пакетте жүктелген файлмен бірдей: ештеңе өзгерген жоқ")
        : new(
            $"совпадает с файлом, загруженным в пакете {batch}: ничего не изменилось, и строки, попавшие тогда в карантин ({quarantined}), там и остались, даже если их причина уже устранена. Чтобы загрузить их, пришлите файл с изменениями (исправленные строки, или только они)",
            $"{batch}-пакетте жүктелген файлмен бірдей: ештеңе өзгерген жоқ, сол кезде карантинге түскен жолдар ({quarantined}) себебі жойылса да сонда қалды. Оларды жүктеу үшін өзгертілген файлды (түзетілген жолдармен немесе тек солармен) жіберіңіз");

    public void Journal(string name, FileLoadResult result, string? sha256, long size, DateTime started)
    {
        Connection.Execute(
            """
            insert into raw.load_journal
            values ($batch, $file, $dataset, $sha, $size, $status, $read, $loaded, $quarantined, $started, $finished, $message)
            """,
            new
            {
                batch = BatchId, file = name, dataset = result.Dataset, sha = sha256, size,
                status = result.Status.ToString().ToLowerInvariant(), read = result.RowsRead, loaded = result.RowsLoaded,
                quarantined = result.RowsQuarantined, started, finished = DateTime.UtcNow, message = result.Message,
            });
        results.Add(result);
        onInput?.Invoke(result);
    }

    public BatchLoadResult Commit()
    {
        Connection.Execute("update raw.load_batches set finished_at = $finished where batch_id = $id", new { id = BatchId, finished = DateTime.UtcNow });
        Transaction.Commit();
        return new BatchLoadResult(BatchId, results);
    }

    private FileLoadResult LoadReadable(string name, DatasetContract contract, Func<TabularData> read)
    {
        TabularData data;
        try
        {
            data = read();
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            return new FileLoadResult(name, contract.Name, FileLoadStatus.Refused, 0, 0, 0, Unreadable(exception), [], []);
        }

        return fileLoader.Load(name, contract, data);
    }

    /// <summary>Whether an exception met while reading a file means the file cannot be read (it is refused), not a fault of the product.</summary>
    public static bool IsUnreadable(Exception exception) =>
        exception is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException;

    /// <summary>Why a file could not be read, for the refusal: a limit says itself, other errors are quoted.</summary>
    public static LoadNote Unreadable(Exception exception) => exception is FileRefusedException refused
        ? new LoadNote(refused.Message, refused.MessageKk)
        : new LoadNote($"файл не читается: {exception.Message}", $"файл оқылмайды: {exception.Message}");
}

public sealed record BatchLoadResult(long BatchId, IReadOnlyList<FileLoadResult> Files);
