using Analytics.Etl.Contracts;

namespace Analytics.Etl.Validation;

/// <summary>SQL that reads a trimmed text cell <c>t</c> as the contract's type; null when it cannot.</summary>
internal static class ValueSql
{
    /// <summary>A month as the contract writes it (<c>YYYY-MM</c>), the whole value; also what the monthly form names its events by.</summary>
    public const string PeriodPattern = @"\d{4}-(0[1-9]|1[0-2])";

    private const string Spaces = @"[\s\x{00A0}\x{202F}]";

    // input contract: thousands separators (space, NBSP) are tolerated, between groups of three digits only
    private const string Digits = @"(\d+|\d{1,3}([ \x{00A0}\x{202F}]\d{3})+)";

    // input contract: ISO 8601 (a date, or a date and a time of day with or without seconds and an offset), or
    // DD.MM.YYYY HH:MM[:SS]; digits counted, as for dates
    private const string TimestampForms =
        @"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|[+-]\d{2}(:?\d{2})?)?)?|\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}(:\d{2})?";

    // Offset-bearing timestamps end with Z or ±hh[:mm] after a time of day; a bare date must not match '-dd'.
    private const string OffsetPattern = @"\d:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|[+-]\d{2}(:?\d{2})?)$";

    public static string Parse(ColumnContract column, string t) => column.Kind switch
    {
        ValueKind.Text => t,
        ValueKind.WholeNumber => WholeNumber(t),
        // decimal(18, 2) would round 12,345 to 12.35 without a word: more than two decimals is a bad value.
        ValueKind.DecimalNumber => $"(case when regexp_full_match({t}, '[+-]?{Digits}([.,]\\d{{1,2}})?') and regexp_full_match(replace(regexp_replace({t}, '{Spaces}', '', 'g'), ',', '.'), '[+-]?\\d{{1,16}}(\\.\\d{{1,2}})?') then try_cast(replace(regexp_replace({t}, '{Spaces}', '', 'g'), ',', '.') as decimal(18, 2)) end)",
        // the contract's two forms only, digits counted: strptime alone would take 2.9.2026 and 2026-9-2
        ValueKind.Date => $"(case when regexp_full_match({t}, '\\d{{4}}-\\d{{2}}-\\d{{2}}|\\d{{2}}\\.\\d{{2}}\\.\\d{{4}}') then try_strptime({t}, ['%Y-%m-%d', '%d.%m.%Y'])::date end)",
        // methodology §1: a timestamp without an offset is local time, UTC+05:00; stored as UTC. The instant is
        // turned into UTC's wall time through its microseconds: the cast timestamptz::timestamp goes through ICU's
        // calendar (the session's time zone is UTC, so the result is the same) at four times the cost.
        ValueKind.Timestamp => $"(case when not regexp_full_match({t}, '{TimestampForms}') then null " +
                               $"when regexp_matches({t}, '{OffsetPattern}') then make_timestamp(epoch_us(try_cast({t} as timestamptz))) " +
                               $"else coalesce(try_cast({t} as timestamp), try_strptime({t}, ['%d.%m.%Y %H:%M:%S', '%d.%m.%Y %H:%M'])) - interval 5 hours end)",
        // A simple case rather than two IN lists: DuckDB plans each IN list as a join of every row to the list.
        ValueKind.Boolean => $"(case lower({t}) {Words(["true", "1", "да", "иә", "yes"], "true")} {Words(["false", "0", "нет", "жоқ", "no"], "false")} end)",
        ValueKind.Code => $"(case lower({t}) {string.Join(" ", column.Codes.Select(code => $"when '{code.ToLowerInvariant()}' then '{code}'"))} end)",
        ValueKind.Period => $"(case when regexp_full_match({t}, '{PeriodPattern}') then {t} end)",
        ValueKind.Bin => $"(case when regexp_full_match({t}, '\\d{{12}}') and senim_bin_is_valid({t}) then {t} end)",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "No parser for this kind."),
    };

    private static string Words(string[] words, string value) => string.Join(" ", words.Select(word => $"when '{word}' then {value}"));

    private static string WholeNumber(string t) =>
        // try_cast('12.5' as bigint) rounds to 13, so the digits are checked first.
        $"(case when regexp_full_match({t}, '[+-]?{Digits}') and regexp_full_match(regexp_replace({t}, '{Spaces}', '', 'g'), '[+-]?\\d{{1,18}}') then try_cast(regexp_replace({t}, '{Spaces}', '', 'g') as bigint) end)";

    /// <summary>
    /// The BIN/IIN check digit (government decree No. 406 of 22.05.2007): weights 1..11, and when the
    /// remainder is 10 a second pass with weights 3..11,1,2; a second remainder of 10 makes the number invalid.
    /// </summary>
    public const string BinMacro = """
        create or replace temp macro senim_bin_remainder(b, weights) as
            list_sum(list_transform(range(1, 12), lambda i: (ascii(substr(b, i, 1)) - 48) * weights[i])) % 11;
        create or replace temp macro senim_bin_is_valid(b) as coalesce(
            case
                when senim_bin_remainder(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) <> 10
                    then senim_bin_remainder(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
                when senim_bin_remainder(b, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) <> 10
                    then senim_bin_remainder(b, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])
            end = ascii(substr(b, 12, 1)) - 48,
            false);
        """;
}
