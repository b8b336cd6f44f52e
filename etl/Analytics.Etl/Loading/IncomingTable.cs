using System.Globalization;
using System.Text;
using Analytics.Etl.Contracts;
using Analytics.Etl.Privacy;
using Analytics.Etl.Sources;
using Analytics.Warehouse;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>
/// The file's records as text, appended in bulk and read by the checks as <c>load_incoming</c>.
/// </summary>
/// <remarks>
/// The records are kept outside the batch's transaction, in an in-memory database of their own attached for this
/// file, appended and committed by a second connection; <c>load_incoming</c> is a view of it in the batch's
/// connection. DuckDB reads the rows of a table that a transaction wrote itself in one thread only, and rows
/// committed before in all threads: the checks and the insert into raw, most of a large file's load, ran on one
/// core of two (docs/benchmarks.md). Nothing of the batch becomes visible early: the in-memory database is not the
/// warehouse, and it is detached once the file is done, whatever happened.
/// </remarks>
internal sealed class IncomingTable : IDisposable
{
    private static long attached;

    private readonly DuckDBConnection connection;
    private readonly DuckDBConnection stage;
    private readonly string database;
    private long appended;

    private IncomingTable(DuckDBConnection connection, DatasetContract contract)
    {
        this.connection = connection;
        database = string.Create(CultureInfo.InvariantCulture, $"load_incoming_{Interlocked.Increment(ref attached)}");
        stage = WarehouseDatabase.OpenAnother(connection);
        try
        {
            var columns = string.Join(", ", contract.Columns.Select(column => $"\"{column.Name}\" varchar"));
            stage.Execute($"attach ':memory:' as {database}");
            stage.Execute($"create table {database}.main.incoming (source_row bigint, {columns})");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public static IncomingTable Create(DuckDBConnection connection, DatasetContract contract) => new(connection, contract);

    /// <summary>Appends every readable record, committed in the staging database; returns those that could not be split into fields.</summary>
    /// <remarks>
    /// The records are read, trimmed and pseudonymised ahead, on a thread of their own (<see cref="ReadAhead"/>),
    /// while this one appends; cells go to DuckDB as UTF-8 bytes, which spares the appender a native copy of
    /// every string.
    /// </remarks>
    public List<RawRecord> Append(DatasetContract contract, HeaderMapping header, IEnumerable<RawRecord> records, PseudonymKey? key, Action<long>? onRecords)
    {
        const int ReportEvery = 50_000;
        long count = 0;
        var unreadable = new List<RawRecord>();
        var pseudonymised = contract.Columns.Select(column => contract.Pseudonymised.Contains(column.Name)).ToArray();
        var utf8 = new byte[1024];
        using (var hasher = contract.Pseudonymised.Count > 0 ? key?.CreateHasher() : null)
        using (var appender = stage.CreateAppender(database, "main", "incoming"))
        {
            var prepared = ReadAhead.Select(records, record => Prepare(contract, header, pseudonymised, hasher, record), record => record.Characters);
            foreach (var record in prepared)
            {
                if (++count % ReportEvery == 0)
                {
                    onRecords?.Invoke(count);
                }

                if (record.Unreadable is { } problem)
                {
                    unreadable.Add(problem);
                    continue;
                }

                var row = appender.CreateRow().AppendValue(record.Line);
                foreach (var cell in record.Cells!)
                {
                    if (cell is null)
                    {
                        row.AppendNullValue();
                        continue;
                    }

                    var longest = Encoding.UTF8.GetMaxByteCount(cell.Length);
                    if (utf8.Length < longest)
                    {
                        utf8 = new byte[longest];
                    }

                    row.AppendValue(utf8.AsSpan(0, Encoding.UTF8.GetBytes(cell, utf8)));
                }

                row.EndRow();
                appended++;
            }
        }

        return unreadable;
    }

    /// <summary>
    /// The record's cells in the contract's columns' order, trimmed and pseudonymised, without the fields they came
    /// from; a record that could not be read with its problem instead.
    /// </summary>
    private static PreparedRecord Prepare(DatasetContract contract, HeaderMapping header, bool[] pseudonymised, PseudonymHasher? hasher, RawRecord record)
    {
        if (record.Problem is not null)
        {
            return PreparedRecord.Of(record);
        }

        if (DamagedField(record) is { } damaged)
        {
            var column = Array.IndexOf(header.PositionOfColumn, damaged - 1) is var index and >= 0 ? contract.Columns[index].Name : null;
            return PreparedRecord.Of(record with { Problem = Damaged(damaged, column) });
        }

        var cells = new string?[contract.Columns.Count];
        long characters = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var position = header.PositionOfColumn[i];
            var value = position < 0 ? null : record.Fields[position];
            if (pseudonymised[i] && !string.IsNullOrWhiteSpace(value))
            {
                value = (hasher ?? throw new InvalidOperationException("A pseudonym key is required to load " + contract.Name + "."))
                    .Hash(value.Trim());
            }

            cells[i] = Cell(value);
            characters += cells[i]?.Length ?? 0;
        }

        return new PreparedRecord(record.Line, cells, null, characters);
    }

    /// <summary>A record ready to append (its line and cells), or one that could not be read.</summary>
    private readonly record struct PreparedRecord(long Line, string?[]? Cells, RawRecord? Unreadable, long Characters)
    {
        public static PreparedRecord Of(RawRecord unreadable) =>
            new(unreadable.Line, null, unreadable, unreadable.Fields.Sum(field => (long)(field?.Length ?? 0)));
    }

    /// <summary>
    /// Makes the appended records <c>load_incoming</c> of the batch's connection. The batch's transaction sees the
    /// staging database as it is when it first reads it, so nothing may read it before this, after every row is
    /// appended: not even a catalog query over all databases (<c>information_schema</c>, <c>duckdb_tables()</c>)
    /// on the batch's connection. The count guards that rule.
    /// </summary>
    public void Expose()
    {
        connection.Execute($"create or replace temp view load_incoming as select * from {database}.main.incoming");
        var seen = connection.ExecuteScalar<long>("select count(*) from load_incoming");
        if (seen != appended)
        {
            throw new InvalidOperationException($"The batch sees {seen} of the {appended} records appended to {database}: it read the staging database before they were.");
        }
    }

    // The view is left to the next file's, or to the end of the batch's connection: dropping it would be one more
    // statement in a transaction that may have failed. A detach that fails is let go for the same reason (the error
    // under way is the one to report); the in-memory database then ends with the process's DuckDB instance.
    public void Dispose()
    {
        try
        {
            stage.Execute($"detach database if exists {database}");
        }
        catch (DuckDBException)
        {
        }
        finally
        {
            stage.Dispose();
        }
    }

    /// <summary>
    /// A cell as the checks read it: spaces, tabs, line breaks and no-break spaces trimmed, and null when nothing
    /// is left. Trimmed here, once per cell, rather than by DuckDB's trim with a character list, which was the
    /// largest cost of validating long appeal texts.
    /// </summary>
    private static string? Cell(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.AsSpan().Trim(" \t\n\r\u00A0");
        return trimmed.IsEmpty ? null : trimmed.Length == value.Length ? value : trimmed.ToString();
    }

    /// <summary>
    /// The first field holding a NUL (no text holds one: programs reading the warehouse through C strings would cut
    /// the value there, so one id could overwrite another), a byte that is not UTF-8 in a UTF-8 file (decoded as
    /// U+FFFD), or half of a surrogate pair without the other (an XLSX cell's escape <c>_xD800_</c>, which UTF-8
    /// cannot hold and would store as U+FFFD); such a record is quarantined, not guessed at.
    /// </summary>
    private static int? DamagedField(RawRecord record)
    {
        for (var i = 0; i < record.Fields.Count; i++)
        {
            if (record.Fields[i] is { } field && (field.AsSpan().IndexOfAny('\0', TextDecoding.Replacement) >= 0 || HasLoneSurrogate(field)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The value itself is not shown: it is damaged, and it may hold personal data that scrubbing cannot see.
    /// <param name="column">The contract's column in that field; null for a column the contract does not know.</param>
    private static RecordProblem Damaged(int field, string? column) => new(
        "damaged_text",
        string.Create(CultureInfo.InvariantCulture,
            $"текст без нулевых байтов (NUL) и без байтов, не являющихся UTF-8; {(column is null ? $"повреждено поле {field}" : $"повреждён столбец «{column}» (поле {field})")}"),
        string.Create(CultureInfo.InvariantCulture,
            $"нөлдік байтсыз (NUL) және UTF-8 емес байтсыз мәтін; {(column is null ? $"{field}-өріс бүлінген" : $"«{column}» бағаны ({field}-өріс) бүлінген")}"),
        null);
}
