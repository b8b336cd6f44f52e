using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Pipeline;

/// <summary>
/// The one writer of every report family: the PDF printed by the shared Chromium (twice when the contents need page
/// numbers), its date pinned to the cut-off, the XLSX companion, and the manifest naming both with their hashes.
/// </summary>
public static class ReportWriter
{
    /// <param name="memory">Page numbers of earlier documents of a set laid out alike; null for none.</param>
    public static async Task<ReportFiles> WriteAsync(
        IReportDocument document,
        ReportLanguage language,
        string outDirectory,
        PdfPrinter printer,
        ContentsPageMemory? memory = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);

        Directory.CreateDirectory(outDirectory);
        // a browser not yet started starts while the HTML is rendered
        printer.Start();
        var name = Path.Combine(outDirectory, document.BaseName(language));
        var pdf = name + ".pdf";
        var xlsx = name + ".xlsx";
        // the workbook is written by this process while Chromium prints, on the other core
        var workbook = Task.Run(() => document.WriteWorkbook(language, xlsx));
        int pages;
        try
        {
            pages = await PrintAsync(document, language, pdf, printer, memory);
        }
        finally
        {
            // never left writing when the print failed
            await workbook;
        }

        var files = new ReportFiles(pdf, xlsx, name + ".manifest.json", pages);
        ReportManifest.For(document, language, pages, pdf, xlsx).Write(files.Manifest);
        return files;
    }

    private static async Task<int> PrintAsync(IReportDocument document, ReportLanguage language, string pdf, PdfPrinter printer, ContentsPageMemory? memory)
    {
        int pages;
        if (document.HasContents)
        {
            var layout = $"{document.Identity.Family}-{document.Identity.Scope.Scope}-{language.Code}";
            pages = await TwoPassPrinter.PrintAsync(printer, found => document.RenderHtml(language, found), pdf, memory, layout);
        }
        else
        {
            await printer.PrintAsync(document.RenderHtml(language), pdf);
            pages = PdfDestinations.Read(pdf).Pages;
        }

        PdfDocumentDate.Pin(pdf, document.Identity.Cutoff);
        return pages;
    }

    /// <summary>Writes every document in every language; returns the files in the order of the documents, then the languages.</summary>
    /// <param name="parallelism">Documents printed at once; Chromium uses a core each.</param>
    public static async Task<IReadOnlyList<ReportFiles>> WriteAllAsync(
        IReadOnlyList<IReportDocument> documents,
        IReadOnlyList<ReportLanguage> languages,
        string outDirectory,
        PdfPrinter printer,
        IProgress<ReportFiles>? progress = null,
        int parallelism = 2)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(languages);
        var jobs = documents.SelectMany(document => languages.Select(language => (document, language))).ToList();
        var files = new ReportFiles[jobs.Count];
        var memory = new ContentsPageMemory();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, jobs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            async (i, _) =>
            {
                files[i] = await WriteAsync(jobs[i].document, jobs[i].language, outDirectory, printer, memory);
                progress?.Report(files[i]);
            });
        return files;
    }
}
