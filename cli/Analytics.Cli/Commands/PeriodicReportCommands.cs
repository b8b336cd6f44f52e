using System.CommandLine;
using System.Diagnostics;
using Analytics.Cli.Console;
using Analytics.Reports;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Markdown;
using Analytics.Reports.Final;
using Analytics.Reports.Localization;
using Analytics.Reports.Monthly;
using Analytics.Reports.Nominations;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Quarterly;
using Analytics.Reports.Threats;
using Analytics.Warehouse;
using Analytics.Warehouse.Releases;
using DuckDB.NET.Data;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics report monthly | quarterly | final | nominations | threats | primary</c>. Without <c>--lang</c> every report is written in Russian
/// and in Kazakh; with it, in that language only. One Chromium prints the whole set.
/// </summary>
internal static partial class PeriodicReportCommands
{
    internal static Command CreateMonthly(GlobalOptions global)
    {
        var month = MonthOption();
        var scope = new Option<string>("--scope")
        {
            Description = "Какие отчёты: all, federation, sector, territorial / Which reports",
            DefaultValueFactory = _ => "all",
        };
        scope.AcceptOnlyFromAmong("all", "federation", "sector", "territorial");
        var org = new Option<string?>("--org") { Description = "Только отчёт этой организации (org_id: FED, S03, T12) / Only this organisation's report" };
        var outDirectory = OutOption();
        var command = new Command(
            "monthly",
            "Ежемесячные аналитические отчёты: национальный, по отраслям и по регионам — monthly-mN-<уровень>-<код>-<язык>.pdf, .xlsx, .manifest.json / Monthly analytical reports");
        command.Options.Add(month);
        command.Options.Add(scope);
        command.Options.Add(org);
        command.Options.Add(outDirectory);
        command.SetAction((result, _) => RunMonthlyAsync(
            global.WarehouseOf(result),
            result.GetValue(month),
            result.GetValue(scope) ?? "all",
            result.GetValue(org),
            result.GetValue(outDirectory)!,
            LanguagesOf(global, result),
            global.LanguageOf(result),
            System.Console.Out));
        return command;
    }

    internal static Command CreateQuarterly(GlobalOptions global) => CreateNational(
        global,
        "quarterly",
        "Национальный дашборд кампании (альбомный A4) — quarterly-<дата среза>-<язык>.pdf, .xlsx, .manifest.json / National dashboard",
        RunQuarterlyAsync);

    internal static Command CreateThreats(GlobalOptions global)
    {
        var org = new Option<string?>("--org") { Description = "Только лист этой организации (org_id) / Only this organisation's sheet" };
        var outDirectory = OutOption();
        var command = new Command(
            "threats",
            "Лист информационных угроз по организациям с журналом мониторинга, «Для служебного пользования» — threats-<дата среза>-<язык>.pdf, .xlsx, .manifest.json / Restricted threat sheet");
        command.Options.Add(org);
        command.Options.Add(outDirectory);
        command.SetAction((result, _) => RunThreatsAsync(
            global.WarehouseOf(result), result.GetValue(org), result.GetValue(outDirectory)!, LanguagesOf(global, result), global.LanguageOf(result), System.Console.Out));
        return command;
    }

    internal static Command CreateFinal(GlobalOptions global)
    {
        var proposals = new Option<string?>("--proposals")
        {
            Description = "Предложения аналитиков в Markdown (по умолчанию поставляемый шаблон) / Analysts' proposals, Markdown",
        };
        var outDirectory = OutOption();
        var command = new Command(
            "final",
            "Итоговый национальный доклад «Сильные профсоюзы — сильный голос человека труда» — final-<язык>.pdf, .xlsx, .manifest.json / Final report");
        command.Options.Add(proposals);
        command.Options.Add(outDirectory);
        command.SetAction((result, _) => RunFinalAsync(
            global.WarehouseOf(result), result.GetValue(proposals), result.GetValue(outDirectory)!, LanguagesOf(global, result), global.LanguageOf(result), System.Console.Out));
        return command;
    }

    internal static Command CreateNominations(GlobalOptions global) => CreateNational(
        global,
        "nominations",
        "Шорт-листы номинаций приложения 4 для экспертной комиссии — nominations-<дата среза>-<язык>.pdf, .xlsx, .manifest.json / The commission's pack of shortlists",
        RunNominationsAsync);

    /// <summary>A verb that writes one national document with no options of its own beyond --out.</summary>
    private static Command CreateNational(
        GlobalOptions global,
        string name,
        string description,
        Func<WarehouseDatabase, string, IReadOnlyList<ReportLanguage>, CliLanguage, TextWriter, Task<int>> run)
    {
        var outDirectory = OutOption();
        var command = new Command(name, description);
        command.Options.Add(outDirectory);
        command.SetAction((result, _) => run(
            global.WarehouseOf(result), result.GetValue(outDirectory)!, LanguagesOf(global, result), global.LanguageOf(result), System.Console.Out));
        return command;
    }

    public static async Task<int> RunMonthlyAsync(
        WarehouseDatabase database,
        int? month,
        string scope,
        string? org,
        string outDirectory,
        IReadOnlyList<ReportLanguage> languages,
        CliLanguage language,
        TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        // the browser starts while the marts are read
        await using var printer = new PdfPrinter();
        printer.Start();
        bool Include(ReportScope s) => (scope == "all" || s.Scope == scope) && (org is null || s.Key == org);
        // A released month prints from its latest revision, read from the release folder alone.
        var releases = ReleaseStore.Beside(database);
        var released = month is { } asked ? releases.Latest(asked) : null;
        IReadOnlyList<MonthlyReport> reports = [];
        if (released is null)
        {
            using var connection = WarehouseGuard.OpenBuilt(database, language);
            reports = MonthlyReportSet.Read(connection, month, Include);
            released = reports.Count > 0 ? releases.Latest(reports[0].Month) : null;
        }

        if (released is not null)
        {
            using var snapshot = ReleasedMarts.Open(releases, released);
            reports = MonthlyReportSet.Read(snapshot, released.Month, Include)
                .Select(report => report with
                {
                    Revision = released.Revision,
                    Changes = released.Revision > 1 ? RevisionChanges.Read(snapshot, report.Scope, released.Revision) : null,
                })
                .ToList();
        }

        if (reports.Count == 0)
        {
            throw new ReportUnavailableException(
                $"Нет действующей организации «{org ?? scope}» для месячного отчёта: ожидается FED, код действующего отраслевого профсоюза или территориального объединения.",
                $"Айлық есепке «{org ?? scope}» қолданыстағы ұйымы жоқ: FED, қолданыстағы салалық кәсіподақтың немесе аумақтық бірлестіктің коды күтіледі.");
        }

        output.WriteLine(language.Say(
            $"Ежемесячные отчёты за месяц {reports[0].Month}: {reports.Count} × {languages.Count} ({string.Join(", ", languages.Select(l => l.Code))})",
            $"{reports[0].Month}-айдың айлық есептері: {reports.Count} × {languages.Count} ({string.Join(", ", languages.Select(l => l.Code))})"));
        await WriteSetAsync(reports.Select(report => (IReportDocument)new MonthlyReportDocument(report)).ToList(), printer, languages, outDirectory, language, output, clock);
        return 0;
    }

    /// <summary>Prints a set of documents a few at a time through one Chromium, a line per PDF, then how many and how long.</summary>
    private static async Task WriteSetAsync(
        IReadOnlyList<IReportDocument> documents,
        PdfPrinter printer,
        IReadOnlyList<ReportLanguage> languages,
        string outDirectory,
        CliLanguage language,
        TextWriter output,
        Stopwatch clock)
    {
        var files = await ReportWriter.WriteAllAsync(
            documents,
            languages,
            outDirectory,
            printer,
            new SynchronousProgress(file => output.WriteLine($"  {Path.GetFullPath(file.Pdf)} ({PagesText(file.Pages, language)})")),
            Math.Clamp(Environment.ProcessorCount, 1, 4));
        output.WriteLine(language.Say(
            $"Готово: {files.Count} PDF с XLSX и манифестами в {Path.GetFullPath(outDirectory)} за {clock.Elapsed.TotalSeconds:F0} с.",
            $"Дайын: {files.Count} PDF, XLSX және манифесттерімен, {Path.GetFullPath(outDirectory)} қалтасында, {clock.Elapsed.TotalSeconds:F0} с."));
    }

    public static Task<int> RunQuarterlyAsync(WarehouseDatabase database, string outDirectory, IReadOnlyList<ReportLanguage> languages, CliLanguage language, TextWriter output) =>
        WriteNationalAsync(
            database,
            connection => new QuarterlyReportDocument(ReadQuarterly(connection, ReleaseStore.Beside(database))),
            ("Национальный дашборд кампании:", "Науқанның ұлттық дашборды:"),
            outDirectory,
            languages,
            language,
            output);

    /// <summary>The dashboard with each released month read from its latest revision.</summary>
    private static QuarterlyReport ReadQuarterly(DuckDBConnection connection, ReleaseStore releases)
    {
        var latest = releases.All().GroupBy(revision => revision.Month).Select(month => month.Last()).ToList();
        var snapshots = new List<DuckDBConnection>();
        try
        {
            var released = latest.Select(revision =>
            {
                snapshots.Add(ReleasedMarts.Open(releases, revision));
                return new ReleasedMonth(revision.Month, revision.Revision, snapshots[^1]);
            }).ToList();
            return QuarterlyReportQuery.Read(connection, released);
        }
        finally
        {
            snapshots.ForEach(snapshot => snapshot.Dispose());
        }
    }

    public static async Task<int> RunThreatsAsync(
        WarehouseDatabase database,
        string? org,
        string outDirectory,
        IReadOnlyList<ReportLanguage> languages,
        CliLanguage language,
        TextWriter output)
    {
        await using var printer = new PdfPrinter();
        printer.Start();
        ThreatsReport report;
        using (var connection = WarehouseGuard.OpenBuilt(database, language))
        {
            report = ThreatsReportQuery.Read(connection, org);
        }

        output.WriteLine(language.Say(
            $"Лист информационных угроз (для служебного пользования), организаций: {report.Sheets.Count}:",
            $"Ақпараттық қауіптер парағы (қызметтік пайдалану үшін), ұйымдар: {report.Sheets.Count}:"));
        foreach (var reportLanguage in languages)
        {
            Print(await ReportWriter.WriteAsync(new ThreatsReportDocument(report, org), reportLanguage, outDirectory, printer), language, output);
        }

        return 0;
    }

    public static async Task<int> RunFinalAsync(
        WarehouseDatabase database,
        string? proposalsPath,
        string outDirectory,
        IReadOnlyList<ReportLanguage> languages,
        CliLanguage language,
        TextWriter output)
    {
        var (proposals, source) = ReadProposals(proposalsPath, languages[0]);
        if (proposals is null)
        {
            output.WriteLine(language.Say(
                "  Шаблон предложений не входит в эту сборку: раздел предложений будет пустым. Укажите --proposals ФАЙЛ.md.",
                "  Ұсыныстар үлгісі бұл жинаққа кірмейді: ұсыныстар бөлімі бос болады. --proposals ФАЙЛ.md көрсетіңіз."));
        }

        await using var printer = new PdfPrinter();
        printer.Start();
        FinalReport report;
        using (var connection = WarehouseGuard.OpenBuilt(database, language))
        {
            report = FinalReportQuery.Read(connection, proposals, source);
        }

        report = report with
        {
            Revisions = ReleaseStore.Beside(database).All()
                .Select(r => new MonthRevision(r.Manifest.Month, r.Manifest.Revision, r.Manifest.Cutoff, r.Manifest.ReleasedAt, r.Manifest.Changes))
                .ToList(),
        };

        output.WriteLine(language.Say("Итоговый национальный доклад:", "Қорытынды ұлттық баяндама:"));
        if (report.Preliminary)
        {
            output.WriteLine(language.Say(
                $"  Кампания идёт до {report.Campaign.LastDay:dd.MM.yyyy}: доклад помечен как предварительный.",
                $"  Науқан {report.Campaign.LastDay:dd.MM.yyyy} дейін жалғасады: баяндама алдын ала деп белгіленді."));
        }

        foreach (var reportLanguage in languages)
        {
            // without a file of their own, each language prints the template written in it
            var printed = proposalsPath is null && ProposalsTemplate.Read(reportLanguage) is { } template
                ? report with { Proposals = SafeMarkdown.Parse(template), ProposalsSource = ProposalsTemplate.FileName(reportLanguage) }
                : report;
            Print(await ReportWriter.WriteAsync(new FinalReportDocument(printed), reportLanguage, outDirectory, printer), language, output);
        }

        return 0;
    }

    public static Task<int> RunNominationsAsync(WarehouseDatabase database, string outDirectory, IReadOnlyList<ReportLanguage> languages, CliLanguage language, TextWriter output) =>
        WriteNationalAsync(
            database,
            connection => new NominationsReportDocument(NominationsReportQuery.Read(connection)),
            ("Шорт-листы номинаций для экспертной комиссии:", "Сараптама комиссиясына арналған номинациялардың шорт-парақтары:"),
            outDirectory,
            languages,
            language,
            output);

    /// <summary>Reads one national document from the built warehouse, then prints it in each language.</summary>
    /// <param name="heading">The line printed before the files, in Russian and Kazakh.</param>
    private static async Task<int> WriteNationalAsync(
        WarehouseDatabase database,
        Func<DuckDBConnection, IReportDocument> read,
        (string Ru, string Kk) heading,
        string outDirectory,
        IReadOnlyList<ReportLanguage> languages,
        CliLanguage language,
        TextWriter output)
    {
        await using var printer = new PdfPrinter();
        printer.Start();
        IReportDocument document;
        using (var connection = WarehouseGuard.OpenBuilt(database, language))
        {
            document = read(connection);
        }

        output.WriteLine(language.Say(heading.Ru, heading.Kk));
        foreach (var reportLanguage in languages)
        {
            Print(await ReportWriter.WriteAsync(document, reportLanguage, outDirectory, printer), language, output);
        }

        return 0;
    }

    /// <summary>The proposals file given, or the shipped template in <paramref name="language"/>; its text and its file name for the report's note.</summary>
    private static (string? Text, string? Source) ReadProposals(string? path, ReportLanguage language)
    {
        if (path is null)
        {
            var shipped = ProposalsTemplate.Read(language);
            return shipped is null ? (null, null) : (shipped, ProposalsTemplate.FileName(language));
        }

        if (!File.Exists(path))
        {
            throw new ReportUnavailableException(
                $"Файл предложений {path} не найден: укажите файл Markdown (.md) или не указывайте --proposals, чтобы взять шаблон.",
                $"{path} ұсыныстар файлы табылмады: Markdown (.md) файлын көрсетіңіз немесе үлгіні алу үшін --proposals көрсетпеңіз.");
        }

        // UTF-8 takes at most 4 bytes a character: a bigger file cannot fit, and is not read into memory at all.
        var text = new FileInfo(path).Length <= 4L * SafeMarkdown.MaxLength ? File.ReadAllText(path) : null;
        if (text is null || text.Length > SafeMarkdown.MaxLength)
        {
            throw new ReportUnavailableException(
                $"Файл предложений {path} больше {SafeMarkdown.MaxLength:N0} символов: сократите его.",
                $"{path} ұсыныстар файлы {SafeMarkdown.MaxLength:N0} таңбадан үлкен: оны қысқартыңыз.");
        }

        return (text, Path.GetFileName(path));
    }

    /// <summary>Both languages unless --lang was given on the command line.</summary>
    private static IReadOnlyList<ReportLanguage> LanguagesOf(GlobalOptions global, ParseResult result) =>
        result.GetResult(global.Language) is { Implicit: false }
            ? [ReportLanguage.Parse(global.LanguageOf(result).Code)]
            : ReportLanguage.All;

    private static Option<int?> MonthOption() =>
        new("--month") { Description = "Месяц кампании 1–4 (по умолчанию последний завершённый) / Campaign month" };

    private static Option<string> OutOption() =>
        new("--out") { Description = "Папка для отчётов / Output folder", DefaultValueFactory = _ => "reports" };

    private static void Print(ReportFiles files, CliLanguage language, TextWriter output)
    {
        output.WriteLine($"  PDF:      {Path.GetFullPath(files.Pdf)} ({PagesText(files.Pages, language)})");
        output.WriteLine($"  XLSX:     {Path.GetFullPath(files.Xlsx)}");
        output.WriteLine($"  {language.Say("манифест", "манифест")}: {Path.GetFullPath(files.Manifest)}");
    }

    private static string PagesText(int pages, CliLanguage language) => language.Say($"страниц: {pages}", $"беттер: {pages}");

    /// <summary>Reports on the thread that reports, so lines never interleave and none is lost at the end.</summary>
    private sealed class SynchronousProgress(Action<ReportFiles> report) : IProgress<ReportFiles>
    {
        private readonly Lock gate = new();

        public void Report(ReportFiles value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
