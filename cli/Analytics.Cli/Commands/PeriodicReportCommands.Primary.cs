using System.CommandLine;
using System.Diagnostics;
using Analytics.Cli.Console;
using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Pdf;
using Analytics.Reports.Primary;
using Analytics.Warehouse;
using Analytics.Warehouse.Releases;

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
        var bundles = ReadCards(database, month, sector, org, language);

        var cards = bundles.Sum(bundle => bundle.Cards.Count);
        output.WriteLine(language.Say(
            $"Карточки первичных организаций за месяц {bundles[0].Month}: {cards} в {bundles.Count} PDF × {languages.Count} ({string.Join(", ", languages.Select(l => l.Code))})",
            $"{bundles[0].Month}-айдағы бастауыш ұйымдардың карточкалары: {cards}, {bundles.Count} PDF × {languages.Count} ({string.Join(", ", languages.Select(l => l.Code))})"));
        await WriteSetAsync(bundles.Select(bundle => (IReportDocument)new PrimaryCardsDocument(bundle)).ToList(), printer, languages, outDirectory, language, output, clock);
        return 0;
    }

    /// <summary>
    /// A released month's cards come from its latest revision, read from the release folder alone, as its monthly
    /// reports do; a revision released before the cards existed leaves them to the warehouse's build, which they say.
    /// </summary>
    private static List<PrimaryCardsReport> ReadCards(WarehouseDatabase database, int? month, string? sector, string? org, CliLanguage language)
    {
        var releases = ReleaseStore.Beside(database);
        var resolved = month ?? LatestCompleteMonth(database, language);
        var released = releases.Latest(resolved);
        if (released is not null && released.HoldsMarts(PrimaryCardsQuery.CardMarts))
        {
            using var snapshot = ReleasedMarts.Open(releases, released);
            return PrimaryCardsQuery.Read(snapshot, released.Month, sector, org).Select(bundle => bundle with { Revision = released.Revision }).ToList();
        }

        using var connection = WarehouseGuard.OpenBuilt(database, language);
        return PrimaryCardsQuery.Read(connection, resolved, sector, org).Select(bundle => bundle with { ReleasedWithoutCards = released?.Revision }).ToList();
    }

    /// <summary>The month the cards print without --month: the last complete at the build's cut-off.</summary>
    private static int LatestCompleteMonth(WarehouseDatabase database, CliLanguage language)
    {
        using var connection = WarehouseGuard.OpenBuilt(database, language);
        return PrimaryCardsQuery.ResolveMonth(connection, null);
    }
}
