using System.Globalization;
using System.IO.Compression;

namespace Analytics.Etl.Sources;

/// <summary>
/// The largest inputs read (README, "Limits"): beyond them a file is refused with a message, before it can
/// take the machine's memory. JSON Lines lines have their own limits in <see cref="JsonLinesSource"/>.
/// </summary>
public static class InputLimits
{
    /// <summary>A CSV or JSON Lines file: 1 GiB.</summary>
    public const long MaxTextBytes = 1L << 30;

    /// <summary>An XLSX file as delivered: 50 MiB.</summary>
    public const long MaxXlsxBytes = 50L << 20;

    /// <summary>An XLSX file unpacked (every part of the zip together): 200 MiB.</summary>
    public const long MaxXlsxUnpackedBytes = 200L << 20;

    /// <summary>campaign.json or targets.json: 1 MiB (their JSON may nest 64 levels, System.Text.Json's default).</summary>
    public const long MaxConfigurationBytes = 1L << 20;

    public static long MaxBytes(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => MaxXlsxBytes,
        ".json" => MaxConfigurationBytes,
        _ => MaxTextBytes,
    };

    public static bool Exceeded(string path) => new FileInfo(path).Length > MaxBytes(path);

    /// <summary>
    /// Unpacks an XLSX into nothing, counting bytes, and throws <see cref="InputTooLargeException"/> past the limit:
    /// the sizes a zip declares can lie, and a small file can unpack to gigabytes.
    /// </summary>
    public static void CheckUnpackedSize(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                if (total > MaxXlsxUnpackedBytes)
                {
                    throw new InputTooLargeException(
                        string.Create(CultureInfo.InvariantCulture, $"книга Excel в распакованном виде больше {MaxXlsxUnpackedBytes >> 20} МБ (предел): разбейте её на несколько файлов."),
                        string.Create(CultureInfo.InvariantCulture, $"Excel кітабы ашылған түрде {MaxXlsxUnpackedBytes >> 20} МБ-тан үлкен (шек): оны бірнеше файлға бөліңіз."));
                }
            }
        }
    }
}
