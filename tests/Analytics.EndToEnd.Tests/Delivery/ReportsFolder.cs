using System.Globalization;
using Analytics.Reports.Pipeline;

namespace Analytics.EndToEnd.Tests.Delivery;

/// <summary>
/// A reports folder as `analytics report` leaves it, without printing: for each report a PDF and an XLSX of a few
/// kilobytes (enough that a connection dropped after 2,000 bytes is dropped inside the message) and the manifest
/// that names them, which is what delivery routes by.
/// </summary>
public sealed class ReportsFolder(string path)
{
    public string Path { get; } = Directory.CreateDirectory(path).FullName;

    public string Add(string report, string scope, string key, string language, int? week = null, int? month = null, string cutoff = "2026-10-15")
    {
        var period = week is { } w ? $"-w{w:00}" : month is { } m ? $"-m{m}" : $"-{cutoff}";
        var name = string.Create(CultureInfo.InvariantCulture, $"{report}{period}-{scope}-{key}-{language}");
        var pdf = System.IO.Path.Combine(Path, name + ".pdf");
        var xlsx = System.IO.Path.Combine(Path, name + ".xlsx");
        File.WriteAllBytes(pdf, Content(name + ".pdf"));
        File.WriteAllBytes(xlsx, Content(name + ".xlsx"));
        new ReportManifest(
            report, week, month, scope, key, language, cutoff, 1, "test", [],
            [new ManifestOutput(System.IO.Path.GetFileName(pdf), ReportManifest.Sha256Of(pdf)), new ManifestOutput(System.IO.Path.GetFileName(xlsx), ReportManifest.Sha256Of(xlsx))])
            .Write(System.IO.Path.Combine(Path, name + ".manifest.json"));
        return pdf;
    }

    private static byte[] Content(string name) =>
        System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(name + " ", 4096 / (name.Length + 1) + 1)));
}
