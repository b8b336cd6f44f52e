using System.Globalization;
using Analytics.Etl.Contracts;
using Analytics.Etl.Privacy;
using Analytics.Etl.Sources;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>The file's records as text in the temporary table <c>load_incoming</c>, appended in bulk.</summary>
internal static class IncomingTable
{
    public static void Create(DuckDBConnection connection, DatasetContract contract)
    {
        var columns = string.Join(", ", contract.Columns.Select(column => $"\"{column.Name}\" varchar"));
        connection.Execute($"create or replace temp table load_incoming (source_row bigint, {columns})");
    }

    /// <summary>Appends every readable record; returns those that could not be split into fields.</summary>
    public static List<RawRecord> Append(
        DuckDBConnection connection, DatasetContract contract, HeaderMapping header, IEnumerable<RawRecord> records, PseudonymKey? key, Action<long>? onRecords)
    {
        const int ReportEvery = 50_000;
        long count = 0;
        var unreadable = new List<RawRecord>();
        var pseudonymised = contract.Columns.Select(column => contract.Pseudonymised.Contains(column.Name)).ToArray();
        using var hasher = contract.Pseudonymised.Count > 0 ? key?.CreateHasher() : null;
        using var appender = connection.CreateAppender("temp", "main", "load_incoming");
        foreach (var record in records)
        {
            if (++count % ReportEvery == 0)
            {
                onRecords?.Invoke(count);
            }

            if (record.Problem is not null)
            {
                unreadable.Add(record);
                continue;
            }

            if (DamagedField(record) is { } damaged)
            {
                unreadable.Add(record with { Problem = Damaged(damaged) });
                continue;
            }

            var row = appender.CreateRow().AppendValue(record.Line);
            for (var i = 0; i < contract.Columns.Count; i++)
            {
                var position = header.PositionOfColumn[i];
                var value = position < 0 ? null : record.Fields[position];
                if (pseudonymised[i] && !string.IsNullOrWhiteSpace(value))
                {
                    value = (hasher ?? throw new InvalidOperationException("A pseudonym key is required to load " + contract.Name + "."))
                        .Hash(value.Trim());
                }

                row.AppendValue(Cell(value));
            }

            row.EndRow();
        }

        return unreadable;
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
    /// The first field holding a NUL (DuckDB would cut the value there, so one id could overwrite another) or a
    /// byte that is not UTF-8 in a UTF-8 file (decoded as U+FFFD); such a record is quarantined, not guessed at.
    /// </summary>
    private static int? DamagedField(RawRecord record)
    {
        for (var i = 0; i < record.Fields.Count; i++)
        {
            if (record.Fields[i] is { } field && field.AsSpan().IndexOfAny('\0', TextDecoding.Replacement) >= 0)
            {
                return i + 1;
            }
        }

        return null;
    }

    // The value itself is not shown: it is damaged, and it may hold personal data that scrubbing cannot see.
    private static RecordProblem Damaged(int field) => new(
        "damaged_text",
        string.Create(CultureInfo.InvariantCulture, $"текст без нулевых байтов (NUL) и без байтов, не являющихся UTF-8; повреждено поле {field}"),
        string.Create(CultureInfo.InvariantCulture, $"нөлдік байтсыз (NUL) және UTF-8 емес байтсыз мәтін; {field}-өріс бүлінген"),
        null);
}
