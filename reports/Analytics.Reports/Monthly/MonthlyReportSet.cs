using System.Data;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Pdf;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Monthly;

/// <summary>
/// The month's whole set: the national report, one per active sector union and one per active territorial
/// association, in each language, printed by one Chromium. The warehouse is read first (one connection, in
/// order); the pages are then printed a few at a time.
/// </summary>
public static class MonthlyReportSet
{
    /// <summary>Reads the reports of the month for the scopes <paramref name="include"/> accepts (all by default).</summary>
    public static IReadOnlyList<MonthlyReport> Read(IDbConnection connection, int? month, Func<ReportScope, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var context = ReportContext.Read(connection);
        var resolved = MonthlyReportQuery.ResolveMonth(context.Campaign, month);
        return ReportScope.ReadAll(connection)
            .Where(scope => include?.Invoke(scope) ?? true)
            .Select(scope => MonthlyReportQuery.Read(connection, scope, resolved, context))
            .ToList();
    }

    /// <summary>Writes every report in every language; returns the files in the order of the reports, then the languages.</summary>
    /// <param name="parallelism">Documents printed at once; Chromium uses a core each.</param>
    public static async Task<IReadOnlyList<PeriodicReportFiles>> WriteAsync(
        IReadOnlyList<MonthlyReport> reports,
        IReadOnlyList<ReportLanguage> languages,
        string outDirectory,
        PdfPrinter printer,
        IProgress<PeriodicReportFiles>? progress = null,
        int parallelism = 2)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(languages);
        var jobs = reports.SelectMany(report => languages.Select(language => (report, language))).ToList();
        var files = new PeriodicReportFiles[jobs.Count];
        var pages = new ContentsPageMemory();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, jobs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            async (i, _) =>
            {
                files[i] = await MonthlyReportWriter.WriteAsync(jobs[i].report, jobs[i].language, outDirectory, printer, pages);
                progress?.Report(files[i]);
            });
        return files;
    }
}
