using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Analytics.Reports.Pipeline;

namespace Analytics.Cli.Delivery;

/// <summary>A report found in the reports folder: its manifest and its files (PDF first), hashed as they are now.</summary>
internal sealed record ShelvedReport(ReportManifest Manifest, IReadOnlyList<string> Files, string FilesSha256)
{
    /// <summary>The period as the journal keeps it: the week or month number, or the cut-off of a quarterly or final report.</summary>
    public string Period =>
        (Manifest.Week ?? Manifest.Month)?.ToString(CultureInfo.InvariantCulture) ?? Manifest.Cutoff;
}

/// <summary>What the reports folder holds, found through the manifest beside every PDF rather than by file names.</summary>
internal sealed record ReportShelf(IReadOnlyList<ShelvedReport> Reports, IReadOnlyList<string> Unusable)
{
    public static ReportShelf Read(string directory)
    {
        var reports = new List<ShelvedReport>();
        var unusable = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.manifest.json").Order(StringComparer.Ordinal))
        {
            if (Shelve(directory, path) is { } report)
            {
                reports.Add(report);
            }
            else
            {
                unusable.Add(path);
            }
        }

        return new ReportShelf(reports, unusable);
    }

    /// <summary>The report of a manifest whose files are all present, or null for a manifest that cannot be read or lacks a file.</summary>
    private static ShelvedReport? Shelve(string directory, string manifestPath)
    {
        ReportManifest manifest;
        try
        {
            manifest = ReportManifest.Read(manifestPath);
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or NotSupportedException)
        {
            return null;
        }

        if (manifest.Outputs is not { Count: > 0 } || manifest.Outputs.Any(o => Path.GetFileName(o.FileName) != o.FileName))
        {
            return null;
        }

        var files = manifest.Outputs
            .Select(output => Path.Combine(directory, output.FileName))
            .OrderBy(file => file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(file => file, StringComparer.Ordinal)
            .ToList();
        if (!files.All(File.Exists))
        {
            return null;
        }

        var hashes = string.Join('\n', files.Select(file => $"{Path.GetFileName(file)} {ReportManifest.Sha256Of(file)}"));
        return new ShelvedReport(manifest, files, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashes))));
    }
}
