using System.CommandLine;
using System.Diagnostics;
using Analytics.Cli.Console;
using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Pdf;
using Analytics.Reports.Primary;
using Analytics.Warehouse;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics report primary</c>: the month's primary cards, one PDF of one page per primary for each sector union.</summary>
internal static partial class PeriodicReportCommands
{
    internal static Command CreatePrimary(GlobalOptions global)
    {
        var month = MonthOption();
        var sector = new Option<string?>("--sector") { Description = "Только карточки этого отраслевого профсоюза (org_id) / Only this sector union's cards" };
        var org = new Option<string?>("--org") { Description = "Только карточка этой первичной организации (org_id) / Only this primary's card" };
        var outDirectory = OutOption();
        var command = new Command(
            "primary",
            "Карточки первичных организаций, по одной странице A4, одним PDF на отраслевой профсоюз — primary-mN-sector-<код>-<язык>.pdf, .xlsx, .manifest.json / Primary cards");
        command.Options.Add(month);
        command.Options.Add(sector);
        command.Options.Add(org);
        command.Options.Add(outDirectory);
        command.SetAction((result, _) => RunPrimaryAsync(
            global.WarehouseOf(result),
            result.GetValue(month),
            result.GetValue(sector),
            result.GetValue(org),
            result.GetValue(outDirectory)!,
            LanguagesOf(global, result),
            global.LanguageOf(result),
            System.Console.Out));
        return command;
    }

    public static async Task<int> RunPrimaryAsync(
        WarehouseDatabase database,
        int? month,
        string? sector,
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
        IReadOnlyList<PrimaryCardsReport> bundles;
        using (var connection = WarehouseGuard.OpenBuilt(database, language))
        {
            bundles = PrimaryCardsQuery.Read(connection, month, sector, org);
        }

        var cards = bundles.Sum(bundle => bundle.Cards.Count);
        output.WriteLine(language.Say(
            $"Карточки первичных организаций за месяц {bundles[0].Month}: {cards} в {bundles.Count} PDF × {languages.Count} ({string.Join(", ", languages.Select(l => l.Code))})",
            $"{bundles[0].Month}-айдағы бастауыш ұйымдардың карточкалары: {cards}, {bundles.Count} PDF × {languages.Count} ({string.Join(", ", languages.Select(l => l.Code))})"));
        await WriteSetAsync(bundles.Select(bundle => (IReportDocument)new PrimaryCardsDocument(bundle)).ToList(), printer, languages, outDirectory, language, output, clock);
        return 0;
    }
}
