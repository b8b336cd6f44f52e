using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace Analytics.Reports.Xlsx;

/// <summary>
/// Saves a workbook so that the same content gives the same bytes: the Open XML package names its core properties
/// part and its package relationships with random identifiers, and stamps every zip entry with the time of saving.
/// Those are made fixed, so that printing a report again gives the file the delivery journal has already sent.
/// </summary>
internal static partial class ReproducibleWorkbook
{
    private const string PackageRelationships = "_rels/.rels";
    private const string CoreProperties = "package/services/metadata/core-properties/core.psmdcp";

    /// <param name="asOf">The time every entry is stamped with: the report's cut-off.</param>
    public static void SaveAs(XLWorkbook workbook, string path, DateTime asOf)
    {
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        var renamed = source.Entries
            .Where(entry => entry.FullName.EndsWith(".psmdcp", StringComparison.Ordinal))
            .ToDictionary(entry => entry.FullName, _ => CoreProperties, StringComparer.Ordinal);

        using var file = File.Create(path);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(asOf < new DateTime(1980, 1, 1) ? new DateTime(1980, 1, 1) : asOf, DateTimeKind.Unspecified), TimeSpan.Zero);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(renamed.GetValueOrDefault(entry.FullName, entry.FullName), CompressionLevel.Optimal);
            copy.LastWriteTime = stamp;
            using var input = entry.Open();
            using var output = copy.Open();
            if (entry.FullName == PackageRelationships)
            {
                using var reader = new StreamReader(input, Encoding.UTF8);
                var bytes = Encoding.UTF8.GetBytes(Relationships(reader.ReadToEnd(), renamed));
                output.Write(bytes);
            }
            else
            {
                input.CopyTo(output);
            }
        }
    }

    /// <summary>The package relationships numbered in their order, pointing at the renamed parts.</summary>
    private static string Relationships(string xml, IReadOnlyDictionary<string, string> renamed)
    {
        foreach (var (from, to) in renamed)
        {
            xml = xml.Replace("/" + from, "/" + to, StringComparison.Ordinal);
        }

        var number = 0;
        return RandomId().Replace(xml, _ => $"Id=\"Rpkg{++number}\"");
    }

    [GeneratedRegex("Id=\"R[0-9a-f]+\"")]
    private static partial Regex RandomId();
}
