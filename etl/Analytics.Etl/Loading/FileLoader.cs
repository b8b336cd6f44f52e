using Analytics.Etl.Contracts;
using Analytics.Etl.Privacy;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>Loads one file's records of one dataset inside the batch's transaction: good rows to raw, bad rows to quarantine.</summary>
internal sealed class FileLoader(DuckDBConnection connection, long batchId, PseudonymKey? key, Action<LoadProgress>? onProgress)
{
    private const int ExamplesKept = 20;

    private bool knownIdsStale = true;

    public FileLoadResult Load(string sourceName, DatasetContract contract, TabularData data)
    {
        if (data.Header.Count == 0)
        {
            // JSON Lines names its columns in its objects: a file whose every line is broken has no header, but
            // its lines were read and go to quarantine like any bad line.
            var broken = data.Records.Where(record => record.Problem is not null).ToList();
            if (broken.Count == 0)
            {
                return Refused(sourceName, contract, new LoadNote(
                    "файл пуст: нужна строка заголовка с названиями столбцов.",
                    "файл бос: бағандар атаулары бар тақырып жолы қажет."));
            }

            var count = QuarantineUnreadable(contract, sourceName, broken);
            return new FileLoadResult(sourceName, contract.Name, FileLoadStatus.Loaded, count, 0, count, null, [], Examples(sourceName, contract));
        }

        var header = HeaderMapping.Map(contract, data.Header);
        if (header.Problem(contract) is { } problem)
        {
            return Refused(sourceName, contract, problem);
        }

        using var incoming = IncomingTable.Create(connection, contract);
        List<RawRecord> unreadable;
        try
        {
            // Records stream from the file while they are appended, so a file can turn out unreadable past its
            // first rows: it is refused whole, like a file that cannot be opened, and nothing of it reaches raw.
            unreadable = incoming.Append(contract, header, data.Records, key,
                records => onProgress?.Invoke(new LoadProgress(sourceName, contract.Name, records, data.ExpectedRecords, Validating: false)));
        }
        catch (Exception exception) when (BatchContext.IsUnreadable(exception))
        {
            return Refused(sourceName, contract, BatchContext.Unreadable(exception));
        }

        incoming.Expose();
        onProgress?.Invoke(new LoadProgress(sourceName, contract.Name, data.ExpectedRecords, data.ExpectedRecords, Validating: true));
        var (loaded, bad) = Check(contract, sourceName);
        var quarantined = (bad == 0 ? 0 : QuarantineBadRows(contract, sourceName)) + QuarantineUnreadable(contract, sourceName, unreadable);
        var unknown = string.Join(", ", header.UnknownColumns);
        var warnings = header.UnknownColumns.Count == 0
            ? []
            : new List<LoadNote> { new($"неизвестные столбцы пропущены: {unknown}", $"белгісіз бағандар өткізілді: {unknown}") };
        return new FileLoadResult(sourceName, contract.Name, FileLoadStatus.Loaded, loaded + quarantined, loaded, quarantined, null, warnings, Examples(sourceName, contract));
    }

    /// <summary>
    /// Inserts the rows that pass every check into raw; returns how many did and how many did not, which are then in
    /// <c>load_checked</c> with their first failing column.
    /// </summary>
    private (long Loaded, long Bad) Check(DatasetContract contract, string sourceName)
    {
        // The ids rows may refer to change only when the registry or cases load: the rest of the batch reuses them.
        if (knownIdsStale || contract.Name == InputContract.Organisations.Name)
        {
            KnownIds.Prepare(connection);
            connection.Execute(ValueSql.BinMacro);
        }

        knownIdsStale = contract.Name == InputContract.Organisations.Name || contract.Name == InputContract.Cases.Name;
        var transforms = contract.Scrubbed.ToDictionary(column => column, _ => TextScrubbing.Sql);
        var validation = ValidationQuery.Build(contract, transforms);
        if (contract.Name == InputContract.Organisations.Name)
        {
            SettleRegistry(validation);
            return (InsertGoodRows(contract, sourceName, "load_checked"), CountBad());
        }

        // A clean file, the usual case, goes from its text to raw in one statement, its typed rows never held
        // in a table of their own; only a file with bad rows is checked a second time, to keep those rows.
        var loaded = InsertGoodRows(contract, sourceName, $"({validation})");
        var bad = connection.ExecuteScalar<long>("select count(*) from load_incoming") - loaded;
        if (bad > 0)
        {
            connection.Execute($"create or replace temp table load_checked as select * from ({validation}) where bad_column is not null", commandTimeout: 0);
        }

        return (loaded, bad);
    }

    /// <summary>
    /// Registry rows refer to each other (a primary to its sector union): settles which ids are known by repeating
    /// the check until no row that others rely on changes from good to bad.
    /// </summary>
    private void SettleRegistry(string validation)
    {
        var query = $"create or replace temp table load_checked as {validation}";
        KnownIds.IncludeIncomingOrganisations(connection);
        connection.Execute(query);
        long previous;
        var bad = CountBad();
        do
        {
            previous = bad;
            KnownIds.IncludePassingOrganisations(connection);
            connection.Execute(query);
            bad = CountBad();
        }
        while (bad != previous);
    }

    private long CountBad() => connection.ExecuteScalar<long>("select count(*) from load_checked where bad_column is not null");

    private long InsertGoodRows(DatasetContract contract, string sourceName, string checkedRows)
    {
        var columns = string.Join(", ", contract.Columns.Select(column => $"\"{column.Name}\""));
        return connection.Execute(
            $"""
            insert into raw.{contract.Name} ({columns}, batch_id, source_file, source_row)
            select {columns}, $batch, $file, source_row from {checkedRows} where bad_column is null
            """,
            new { batch = batchId, file = sourceName },
            commandTimeout: 0);
    }

    private long QuarantineBadRows(DatasetContract contract, string sourceName) =>
        connection.Execute(
            """
            insert into raw.quarantine
            select $batch, $dataset, $file, source_row, bad_column, bad_value, reason_code, expected_ru, expected_kk,
                   'столбец ' || bad_column || ': ожидалось ' || expected_ru || coalesce(', найдено «' || bad_value || '»', ', значение пусто')
            from load_checked where bad_column is not null order by source_row
            """,
            new { batch = batchId, dataset = contract.Name, file = sourceName });

    private long QuarantineUnreadable(DatasetContract contract, string sourceName, List<RawRecord> unreadable)
    {
        foreach (var record in unreadable)
        {
            var problem = record.Problem!;
            connection.Execute(
                """
                insert into raw.quarantine
                values ($batch, $dataset, $file, $row, null, $found, $code, $expected, $expected_kk,
                        'строка: ожидалось ' || $expected || coalesce(', найдено ' || $found, ''))
                """,
                new
                {
                    batch = batchId, dataset = contract.Name, file = sourceName, row = record.Line,
                    found = problem.Found, code = problem.Code, expected = problem.ExpectedRu, expected_kk = problem.ExpectedKk,
                });
        }

        return unreadable.Count;
    }

    private List<QuarantinedCell> Examples(string sourceName, DatasetContract contract) =>
        connection.Query<QuarantinedCell>(
            $"""
            select source_row as Row, column_name as "Column", value as Value, expected_ru as ExpectedRu, expected_kk as ExpectedKk
            from raw.quarantine where batch_id = $batch and source_file = $file and dataset = $dataset order by source_row limit {ExamplesKept}
            """,
            new { batch = batchId, file = sourceName, dataset = contract.Name }).ToList();

    private static FileLoadResult Refused(string sourceName, DatasetContract contract, LoadNote note) =>
        new(sourceName, contract.Name, FileLoadStatus.Refused, 0, 0, 0, note, [], []);
}
