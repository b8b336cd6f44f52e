using System.Globalization;
using System.Text;

namespace Analytics.SampleData.Infrastructure;

/// <summary>
/// Streams one CSV file: UTF-8 without BOM, comma, header row, RFC 4180 quoting,
/// invariant numbers, ISO dates, local timestamps with the campaign's +05:00 offset.
/// </summary>
internal sealed class CsvWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly StreamWriter _writer;
    private bool _rowStarted;

    public CsvWriter(string path, IReadOnlyList<string> header)
    {
        _writer = new StreamWriter(path, append: false, Utf8NoBom, bufferSize: 1 << 16) { NewLine = "\n" };
        foreach (var column in header)
        {
            Text(column);
        }

        EndRowWithoutCounting();
    }

    /// <summary>Data rows written so far (the header not counted).</summary>
    public long Rows { get; private set; }

    public CsvWriter Text(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return this;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
        return this;
    }

    public CsvWriter Number(long value)
    {
        Separator();
        Span<char> buffer = stackalloc char[24];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
        return this;
    }

    public CsvWriter Number(long? value) => value is { } v ? Number(v) : Text(null);

    public CsvWriter Money(decimal? value) =>
        value is { } v ? Text(v.ToString("0.##", CultureInfo.InvariantCulture)) : Text(null);

    public CsvWriter Flag(bool? value) => Text(value switch { true => "true", false => "false", null => null });

    public CsvWriter Date(DateOnly? value)
    {
        Separator();
        if (value is { } v)
        {
            Span<char> buffer = stackalloc char[10];
            v.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _writer.Write(buffer[..written]);
        }

        return this;
    }

    /// <summary>A local (UTC+05:00) time, written with its offset.</summary>
    public CsvWriter Time(DateTime? local)
    {
        Separator();
        if (local is { } v)
        {
            Span<char> buffer = stackalloc char[19];
            v.TryFormat(buffer, out var written, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            _writer.Write(buffer[..written]);
            _writer.Write(CampaignCalendar.OffsetSuffix);
        }

        return this;
    }

    public void EndRow()
    {
        EndRowWithoutCounting();
        Rows++;
    }

    public void Dispose() => _writer.Dispose();

    private void EndRowWithoutCounting()
    {
        _writer.Write('\n');
        _rowStarted = false;
    }

    private void Separator()
    {
        if (_rowStarted)
        {
            _writer.Write(',');
        }

        _rowStarted = true;
    }
}
