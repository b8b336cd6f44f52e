using Analytics.Etl.Privacy;
using Analytics.Etl.Sources;
using Analytics.Etl.Sources.Postgres;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;

namespace Analytics.Etl.Loading;

/// <summary>Loads one batch in one transaction: either all of it lands or none of it does.</summary>
public sealed class BatchLoader(WarehouseDatabase database, PseudonymKey? key)
{
    /// <summary>Accept a pseudonym secret different from the one recorded in the warehouse, and record it.</summary>
    /// <remarks>Off by default: a different secret is refused, since it would give the same appellants new pseudonyms.</remarks>
    public bool RotateSecret { get; init; }

    /// <summary>Refuses a folder that is missing or holds no file the contract names, before anything is written beside the warehouse.</summary>
    public static void CheckFolder(string directory) => RefuseWithoutContractFiles(directory, InboxScanner.Scan(directory));

    /// <summary>Every contract file of a folder.</summary>
    public BatchLoadResult Load(string directory, LoadObserver? observer = null)
    {
        var files = InboxScanner.Scan(directory);
        RefuseWithoutContractFiles(directory, files);
        var configuration = FolderBatch.ReadConfiguration(files);
        return Run(Path.GetFullPath(directory), observer, batch => FolderBatch.Load(batch, files, configuration));
    }

    /// <summary>
    /// A folder with nothing the contract names (empty, or only other files) is most likely the wrong folder: it is
    /// refused before the warehouse is opened, rather than committed as a batch that loads nothing.
    /// </summary>
    private static void RefuseWithoutContractFiles(string directory, IReadOnlyList<InboxFile> files)
    {
        if (files.Any(file => file.Kind != InboxFileKind.Unknown))
        {
            return;
        }

        const int named = 5;
        var others = files.Select(file => file.Name).ToList();
        var more = others.Count > named ? others.Count - named : 0;
        var listed = string.Join(", ", others.Take(named));
        throw new ConfigurationException(
            $"В папке пакета {Path.GetFullPath(directory)} нет файлов входного контракта: ни наборов данных (organisations.csv, events_*.csv, appeals.jsonl и т. п.), ни форм org_report*.xlsx, ни campaign.json или targets.json"
            + (others.Count == 0 ? " (папка пуста)" : $"; по имени не подходят: {listed}{(more > 0 ? $" и ещё {more}" : "")}")
            + ". Пакет не загружен, хранилище не изменено. Укажите папку с файлами пакета или переименуйте файлы по входному контракту.",
            $"{Path.GetFullPath(directory)} пакет бумасында кіріс келісімшартының файлдары жоқ: деректер жиынтықтары да (organisations.csv, events_*.csv, appeals.jsonl т.б.), org_report*.xlsx нысандары да, campaign.json не targets.json да жоқ"
            + (others.Count == 0 ? " (бума бос)" : $"; атауы сәйкес келмейді: {listed}{(more > 0 ? $" және тағы {more}" : "")}")
            + ". Пакет жүктелмеді, қойма өзгертілмеді. Пакет файлдары бар буманы көрсетіңіз немесе файлдарды кіріс келісімшарты бойынша қайта атаңыз.");
    }

    /// <summary>The tables or views named like the datasets in a PostgreSQL database, read past each dataset's watermark.</summary>
    public BatchLoadResult LoadFromPostgres(string connectionString, LoadObserver? observer = null)
    {
        using var source = PostgresBatch.Connect(connectionString);
        return Run(PostgresBatch.Describe(connectionString), observer, batch => PostgresBatch.Load(batch, source));
    }

    /// <summary>How a PostgreSQL source is named in journals and messages: host, port and database, never the password.</summary>
    public static string DescribePostgres(string connectionString) => PostgresBatch.Describe(connectionString);

    private BatchLoadResult Run(string source, LoadObserver? observer, Action<BatchContext> load)
    {
        using var connection = WarehouseSetup.PrepareAndOpen(database);
        using var transaction = connection.BeginTransaction();
        var batch = new BatchContext(connection, transaction, source, key, observer ?? new LoadObserver());
        if (key is not null)
        {
            SecretFingerprint.Check(batch, key, RotateSecret);
        }

        load(batch);
        return batch.Commit();
    }
}
