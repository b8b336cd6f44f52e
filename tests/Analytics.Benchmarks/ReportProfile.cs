using System.Diagnostics;
using System.Globalization;
using Analytics.Reports.Localization;
using Analytics.Reports.Monthly;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Weekly;
using DuckDB.NET.Data;

namespace Analytics.Benchmarks;

/// <summary>Where a report's time goes, step by step, each step timed on its own in one process.</summary>
internal static class ReportProfile
{
    public static async Task PrintAsync(DuckDBConnection connection, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var language = ReportLanguage.Russian;
        Console.WriteLine("| step | wall, s | CPU of this process, s | CPU of Playwright and Chromium, s |");
        Console.WriteLine("|---|---:|---:|---:|");

        var weekly = Step("weekly: mart queries", () => WeeklyReportQuery.Read(connection, null));
        var weeklyDocument = new WeeklyReportDocument(weekly);
        var html = Step("weekly: HTML (first: templates parsed, charts drawn)", () => weeklyDocument.RenderHtml(language));
        Step("weekly: HTML again", () => weeklyDocument.RenderHtml(language));
        File.WriteAllText(Path.Combine(outDirectory, "weekly.html"), html);
        await using var printer = new PdfPrinter();
        var blank = Path.Combine(outDirectory, "blank.pdf");
        await StepAsync("browser start (Playwright driver + Chromium) and a blank page", () => printer.PrintAsync("<html><body></body></html>", blank));
        await StepAsync("blank page again", () => printer.PrintAsync("<html><body></body></html>", blank));
        var pdf = Path.Combine(outDirectory, "weekly.pdf");
        await StepAsync("weekly: print", () => printer.PrintAsync(html, pdf));
        await StepAsync("weekly: print again", () => printer.PrintAsync(html, pdf));
        Step("weekly: pin date", () => PdfDocumentDate.Pin(pdf, weekly.Header.Cutoff));
        Step("weekly: XLSX (first)", () => { weeklyDocument.WriteWorkbook(language, Path.Combine(outDirectory, "weekly.xlsx")); return 0; });
        Step("weekly: XLSX again", () => { weeklyDocument.WriteWorkbook(language, Path.Combine(outDirectory, "weekly.xlsx")); return 0; });

        var monthly = Step("monthly: mart queries, 43 reports", () => MonthlyReportSet.Read(connection, null));
        var documents = monthly.Select(report => new MonthlyReportDocument(report)).ToList();
        var htmls = Step("monthly: HTML of 86 (ru + kk)", () => documents.SelectMany(d => ReportLanguage.All.Select(l => d.RenderHtml(l))).ToList());
        await StepAsync("monthly: print 86, one at a time", async () =>
        {
            for (var i = 0; i < htmls.Count; i++)
            {
                await printer.PrintAsync(htmls[i], Path.Combine(outDirectory, $"m{i}.pdf"));
            }
        });
        await StepAsync("monthly: print 86, two at a time", () => Parallel.ForEachAsync(
            Enumerable.Range(0, htmls.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            async (i, _) => await printer.PrintAsync(htmls[i], Path.Combine(outDirectory, $"m{i}.pdf"))));
        Step("monthly: XLSX of 86", () =>
        {
            foreach (var (document, i) in documents.Select((d, i) => (d, i)))
            {
                foreach (var l in ReportLanguage.All)
                {
                    document.WriteWorkbook(l, Path.Combine(outDirectory, $"m{i}-{l.Code}.xlsx"));
                }
            }

            return 0;
        });
        await StepAsync("monthly: ReportWriter.WriteAllAsync of 86", () => ReportWriter.WriteAllAsync(documents, ReportLanguage.All, Path.Combine(outDirectory, "set"), printer, parallelism: 2));
    }

    private static T Step<T>(string name, Func<T> run)
    {
        var start = Clocks.Now();
        var result = run();
        Report(name, start);
        return result;
    }

    private static async Task StepAsync(string name, Func<Task> run)
    {
        var start = Clocks.Now();
        await run();
        Report(name, start);
    }

    private static void Report(string name, Clocks start)
    {
        var end = Clocks.Now();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {end.Wall - start.Wall:0.00} | {end.Own - start.Own:0.00} | {end.Children - start.Children:0.00} |"));
    }
}
