using System.Diagnostics;
using System.Globalization;
using Analytics.Reports.Final;
using Analytics.Reports.Localization;
using Analytics.Reports.Monthly;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Quarterly;
using Analytics.Reports.Weekly;
using DuckDB.NET.Data;

namespace Analytics.Benchmarks;

/// <summary>
/// Times the reports at national scale through the product's printer (one Chromium for many documents), and
/// beside each, Chromium's own command-line print of the same HTML (a fresh browser per document).
/// </summary>
internal static class ReportTimings
{
    public static async Task PrintAsync(DuckDBConnection connection, string outDirectory)
    {
        var language = ReportLanguage.Russian;
        var weekly = WeeklyReportQuery.Read(connection, null);
        var quarterly = QuarterlyReportQuery.Read(connection);
        var final = FinalReportQuery.Read(connection, null);
        var monthly = MonthlyReportSet.Read(connection, null);

        Console.WriteLine("| report | documents | product, s | Chromium CLI of the same HTML, s |");
        Console.WriteLine("|---|---:|---:|---:|");
        await using var printer = new PdfPrinter();
        await Row("weekly (ru)", 1, () => ReportWriter.WriteAsync(new WeeklyReportDocument(weekly), language, outDirectory, printer), new WeeklyReportDocument(weekly).RenderHtml(language), outDirectory);
        await Row("monthly set (ru + kk)", monthly.Count * 2, () => ReportWriter.WriteAllAsync(monthly.Select(report => new MonthlyReportDocument(report)).ToList(), ReportLanguage.All, outDirectory, printer), null, outDirectory);
        await Row("quarterly (ru)", 1, () => ReportWriter.WriteAsync(new QuarterlyReportDocument(quarterly), language, outDirectory, printer), new QuarterlyReportDocument(quarterly).RenderHtml(language), outDirectory);
        await Row("final (ru)", 1, () => ReportWriter.WriteAsync(new FinalReportDocument(final), language, outDirectory, printer), new FinalReportDocument(final).RenderHtml(language), outDirectory);
    }

    private static async Task Row<T>(string name, int documents, Func<Task<T>> print, string? html, string outDirectory)
    {
        var stopwatch = Stopwatch.StartNew();
        await print();
        var product = stopwatch.Elapsed.TotalSeconds;
        var cli = html is null ? "" : ChromiumCli(html, outDirectory).ToString("0.00", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {documents} | {product:0.00} | {cli} |"));
    }

    private static double ChromiumCli(string html, string outDirectory)
    {
        var page = Path.Combine(outDirectory, "chromium-cli.html");
        File.WriteAllText(page, html);
        var profile = Directory.CreateTempSubdirectory("senim-chromium-").FullName;
        var start = new ProcessStartInfo("/usr/bin/chromium") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--no-pdf-header-footer", $"--user-data-dir={profile}",
            $"--print-to-pdf={Path.Combine(outDirectory, "chromium-cli.pdf")}", "file://" + page,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using (var process = Process.Start(start)!)
        {
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Directory.Delete(profile, recursive: true);
        return seconds;
    }
}
