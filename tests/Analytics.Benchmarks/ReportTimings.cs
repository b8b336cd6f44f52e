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
/// Times the reports at national scale through the product's printer, each with a browser of its own started for
/// it, beside Chromium's own command-line print of the same HTML (a fresh browser per document), in the same run.
/// The weekly report is timed three times, alternating with Chromium's print, and the medians compared, so that a
/// burst of other work on the machine weighs on both sides alike.
/// </summary>
internal static class ReportTimings
{
    private const int WeeklyRounds = 3;

    public static async Task PrintAsync(DuckDBConnection connection, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var language = ReportLanguage.Russian;
        var weekly = new WeeklyReportDocument(WeeklyReportQuery.Read(connection, null));
        var quarterly = new QuarterlyReportDocument(QuarterlyReportQuery.Read(connection));
        var final = new FinalReportDocument(FinalReportQuery.Read(connection, null));

        var html = weekly.RenderHtml(language);
        var pdfOnly = new List<double>();
        var product = new List<double>();
        var cli = new List<double>();
        for (var round = 0; round < WeeklyRounds; round++)
        {
            cli.Add(ChromiumCli(html, outDirectory));
            pdfOnly.Add(await Seconds(() => WithPrinter(async printer =>
            {
                await printer.PrintAsync(html, Path.Combine(outDirectory, "weekly-pdf-only.pdf"));
                return 0;
            })));
            product.Add(await Seconds(() => WithPrinter(printer => ReportWriter.WriteAsync(weekly, language, outDirectory, printer))));
        }

        var monthlySeconds = await Seconds(() => WithPrinter(printer =>
        {
            var documents = MonthlyReportSet.Read(connection, null).Select(report => (IReportDocument)new MonthlyReportDocument(report)).ToList();
            return ReportWriter.WriteAllAsync(documents, ReportLanguage.All, Path.Combine(outDirectory, "monthly"), printer, parallelism: Parallelism);
        }));
        var monthlyCount = Directory.GetFiles(Path.Combine(outDirectory, "monthly"), "*.pdf").Length;

        Console.WriteLine("| report | documents | product, s | Chromium CLI of the same HTML, s | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Row($"weekly (ru) PDF alone: browser started, the same HTML printed; median of {WeeklyRounds}", 1, Median(pdfOnly), Median(cli));
        Row($"weekly (ru) report: HTML, PDF, XLSX, manifest (ReportWriter.WriteAsync); median of {WeeklyRounds}", 1, Median(product), Median(cli));
        Row("monthly set (ru + kk), mart reads included", monthlyCount, monthlySeconds, null);
        Row("quarterly (ru)", 1, await Seconds(() => WithPrinter(printer => ReportWriter.WriteAsync(quarterly, language, outDirectory, printer))), ChromiumCli(quarterly.RenderHtml(language), outDirectory));
        Row("final (ru)", 1, await Seconds(() => WithPrinter(printer => ReportWriter.WriteAsync(final, language, outDirectory, printer))), ChromiumCli(final.RenderHtml(language), outDirectory));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"weekly PDF: {Median(pdfOnly):0.00} s against {Median(cli):0.00} s for Chromium's CLI = {Median(pdfOnly) / Median(cli):0.00}× (goal ≤ 1.3×); rounds: {Rounds(pdfOnly)} against {Rounds(cli)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"weekly report with its XLSX: {Median(product):0.00} s = {Median(product) / Median(cli):0.00}× Chromium's CLI; rounds: {Rounds(product)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"monthly set: {monthlyCount} PDFs in {monthlySeconds:0.00} s (goal ≤ 30 s)"));
    }

    /// <summary>Documents printed at once, as <c>analytics report monthly</c> does: one per core, at most four.</summary>
    private static int Parallelism => Math.Clamp(Environment.ProcessorCount, 1, 4);

    private static async Task WithPrinter<T>(Func<PdfPrinter, Task<T>> print)
    {
        await using var printer = new PdfPrinter();
        await print(printer);
    }

    private static async Task<double> Seconds(Func<Task> run)
    {
        var stopwatch = Stopwatch.StartNew();
        await run();
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static string Rounds(List<double> values) => string.Join(" / ", values.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)));

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static void Row(string name, int documents, double product, double? cli) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {documents} | {product:0.00} | {(cli is { } c ? c.ToString("0.00", CultureInfo.InvariantCulture) : "")} | {(cli is { } d ? (product / d).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "")} |"));

    private static double ChromiumCli(string html, string outDirectory)
    {
        var page = Path.Combine(outDirectory, "chromium-cli.html");
        File.WriteAllText(page, html);
        var profile = Directory.CreateTempSubdirectory("senim-chromium-").FullName;
        var start = new ProcessStartInfo(PdfPrinter.DefaultChromiumPath) { RedirectStandardError = true, RedirectStandardOutput = true };
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
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            output.Wait();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Directory.Delete(profile, recursive: true);
        return seconds;
    }
}
