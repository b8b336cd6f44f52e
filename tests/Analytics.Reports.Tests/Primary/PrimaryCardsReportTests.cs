using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Primary;
using Analytics.Reports.Tests.Weekly;
using Analytics.TestSupport;
using ClosedXML.Excel;

namespace Analytics.Reports.Tests.Primary;

/// <summary>
/// The primary cards (issue 13) of <see cref="CardFederation"/> at 2026-10-31, read through the marts and printed:
/// month 2 has Q1, Q2, Q3 in sector union SA and Q4 in SB; Q5 closed on 01.10.
/// </summary>
[Collection(ChromiumGroup.Name)]
public sealed class PrimaryCardsReportTests(ChromiumFixture chromium, BuiltCardFederation federation) : IClassFixture<BuiltCardFederation>
{
    private IReadOnlyList<PrimaryCardsReport> Read(int? month, string? sector = null, string? org = null)
    {
        using var connection = federation.Warehouse.Database.Open();
        return PrimaryCardsQuery.Read(connection, month, sector, org);
    }

    [Fact]
    public void Read_EverySector_OneBundlePerSectorUnionWithItsActivePrimaries()
    {
        var bundles = Read(2);

        Assert.Equal(["SA", "SB"], bundles.Select(b => b.Sector.Key));
        Assert.Equal(["Q1", "Q2", "Q3"], bundles[0].Cards.Select(c => c.OrgId));
        Assert.Equal(["Q4"], bundles[1].Cards.Select(c => c.OrgId));
    }

    [Fact]
    public void Read_Sector_OnlyThatSectorUnion()
    {
        var bundle = Assert.Single(Read(2, sector: "SB"));

        Assert.Equal("SB", bundle.Sector.Key);
        Assert.Equal("Q4", Assert.Single(bundle.Cards).OrgId);
    }

    [Fact]
    public void Read_Org_OneCardInABundleNamedAfterItsSectorUnion()
    {
        var bundle = Assert.Single(Read(2, org: "Q2"));

        Assert.Equal("SA", bundle.Sector.Key);
        Assert.Equal("Q2", Assert.Single(bundle.Cards).OrgId);
        Assert.Equal("primary-m2-sector-SA-kk", new PrimaryCardsDocument(bundle).BaseName(ReportLanguage.Kazakh));
    }

    [Theory]
    [InlineData(null, "NOPE", "Первичной организации «NOPE» нет в реестре")]
    [InlineData(null, "SA", "«SA» в реестре — отраслевой профсоюз, а не первичная организация: для --org укажите org_id первичной организации, а карточки всех первичных организаций этого профсоюза даёт --sector SA.")]
    [InlineData("NOPE", null, "Отраслевого профсоюза «NOPE» нет в реестре")]
    [InlineData("Q1", null, "«Q1» в реестре — первичная организация, а не отраслевой профсоюз: для --sector укажите org_id отраслевого профсоюза, а карточку этой первичной организации даёт --org Q1.")]
    [InlineData(null, "Q5", "Первичная организация «Q5» не действовала на конец месяца 2")]
    public void Read_UnknownOrInactive_RefusedWithOneMessage(string? sector, string? org, string message)
    {
        var refusal = Assert.Throws<ReportUnavailableException>(() => Read(2, sector, org));

        Assert.StartsWith(message, refusal.Message, StringComparison.Ordinal);
        Assert.NotEmpty(refusal.MessageKk);
    }

    // Q5 closed on 01.10: it has its card for September, and none for October.
    [Fact]
    public void Read_InactivePrimary_HasACardOnlyForTheMonthsItWasActive()
    {
        Assert.Equal("Q5", Assert.Single(Assert.Single(Read(1, org: "Q5")).Cards).OrgId);
        Assert.DoesNotContain(Read(2).SelectMany(b => b.Cards), c => c.OrgId == "Q5");
    }

    // Q5, closed before the cut-off, is out of the rating (§7 ranks active organisations): its card says so, not that
    // its trust index could not be computed.
    [Theory]
    [InlineData("ru", "Вне рейтинга: на дату среза")]
    [InlineData("kk", "Рейтингтен тыс: кесу күні")]
    public void RenderHtml_PrimaryClosedBeforeTheCutoff_SaysItIsOutOfTheRatingBecauseClosed(string language, string expected)
    {
        var bundle = Assert.Single(Read(1, org: "Q5"));
        Assert.False(Assert.Single(bundle.Cards).ActiveAtCutoff);

        var html = new PrimaryCardsDocument(bundle).RenderHtml(language == "kk" ? ReportLanguage.Kazakh : ReportLanguage.Russian);

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.True(Read(2, sector: "SA")[0].Cards.All(card => card.ActiveAtCutoff));
    }

    // Q1 received 4 appeals in October, 2 offline, 2 ratings: each is 1 to 4 and printed "<5" (methodology §12).
    // Q2 received 5, rated 5 times: printed as they are; its 0 offline appeals is 0.
    [Fact]
    public void Counts_FourIsLessThanFive_FiveIsShown()
    {
        var cards = Read(2, sector: "SA")[0].Cards.ToDictionary(c => c.OrgId);

        Assert.True(cards["Q1"].AppealsReceived.LessThanFive);
        Assert.True(cards["Q1"].AppealsOffline.LessThanFive);
        Assert.True(cards["Q1"].Ratings.LessThanFive);
        Assert.Equal(5, cards["Q2"].AppealsReceived.Value);
        Assert.Equal(5, cards["Q2"].Ratings.Value);
        Assert.Equal(0, cards["Q2"].AppealsOffline.Value);
    }

    [Theory]
    [InlineData("ru", "медиана до первого ответа: 3,5 ч;", "медиана до первого ответа: нет данных;")]
    [InlineData("kk", "алғашқы жауапқа дейінгі медиана: 3,5 сағ;", "алғашқы жауапқа дейінгі медиана: деректер жоқ;")]
    public void RenderHtml_MedianHours_UnitOnlyAfterANumber(string language, string withHours, string withoutHours)
    {
        var bundle = Read(2, sector: "SA")[0];
        var card = bundle.Cards[0];
        var cards = new[]
        {
            card with { Trust = card.Trust with { MedianResponseHours = 3.5m } },
            card with { OrgId = "Q9", Trust = card.Trust with { MedianResponseHours = null } },
        };

        var html = new PrimaryCardsDocument(bundle with { Cards = cards }).RenderHtml(language == "kk" ? ReportLanguage.Kazakh : ReportLanguage.Russian);

        Assert.Contains(withHours, html, StringComparison.Ordinal);
        Assert.Contains(withoutHours, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_SectorBundle_OnePagePerPrimaryWithItsFiguresInBothLanguages()
    {
        var bundle = Read(2, sector: "SA")[0];
        var document = new PrimaryCardsDocument(bundle);

        var ru = await ReportWriter.WriteAsync(document, ReportLanguage.Russian, chromium.OutDirectory, chromium.Printer);
        var kk = await ReportWriter.WriteAsync(document, ReportLanguage.Kazakh, chromium.OutDirectory, chromium.Printer);

        Assert.EndsWith("primary-m2-sector-SA-ru.pdf", ru.Pdf, StringComparison.Ordinal);
        var text = PrintedText.Read(ru.Pdf);
        Assert.Equal(3, text.Pages);
        Assert.True(text.Shows("Школа 1"), text.Raw);
        Assert.True(text.Shows("Обращений за месяц: <5, офлайн по отчёту: <5; оценок: <5"), text.Raw);
        Assert.True(text.Shows("Обращений за месяц: 5, офлайн по отчёту: 0; оценок: 5"), text.Raw);
        Assert.True(text.Shows("1-е место из 2 первичных организаций отрасли"), text.Raw);
        Assert.True(text.Shows("Индекс доверия за месяц: 48,6 из 50 — высокий уровень доверия."), text.Raw);
        Assert.True(text.Shows("провести Единый профсоюзный день и внести его в мероприятия"), text.Raw);
        Assert.True(text.Shows("Все пять пунктов минимального стандарта выполнены."), text.Raw);
        Assert.True(text.Shows("Предварительные данные: месяц ещё не выпущен"), text.Raw);
        var kazakh = PrintedText.Read(kk.Pdf);
        Assert.Equal(3, kazakh.Pages);
        Assert.True(kazakh.Shows("1 мектеп"), kazakh.Raw);
        Assert.True(kazakh.Shows("Айдағы өтініштер: <5"), kazakh.Raw);

        var manifest = ReportManifest.Read(ru.Manifest);
        Assert.Equal(("primary", 2, "sector", "SA", 3), (manifest.Report, manifest.Month!.Value, manifest.Scope, manifest.Key, manifest.Pages));
        using var workbook = new XLWorkbook(ru.Xlsx);
        var sheet = workbook.Worksheet(2);
        Assert.Equal(4, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(["Q1", "Q2", "Q3"], Enumerable.Range(2, 3).Select(row => sheet.Cell(row, 1).GetString()));
    }

    // The longest notice a card carries, a revision released before the cards existed, in the longer language: every
    // card still takes one page, and the workbook says the figures are preliminary.
    [Fact]
    public async Task Print_ReleasedWithoutCards_SaysSoOnEveryCardOfOnePage()
    {
        var bundle = Read(2, sector: "SA")[0] with { ReleasedWithoutCards = 3 };
        var document = new PrimaryCardsDocument(bundle);

        var ru = await ReportWriter.WriteAsync(document, ReportLanguage.Russian, Path.Combine(chromium.OutDirectory, "without-cards"), chromium.Printer);
        var kk = await ReportWriter.WriteAsync(document, ReportLanguage.Kazakh, Path.Combine(chromium.OutDirectory, "without-cards"), chromium.Printer);

        var text = PrintedText.Read(kk.Pdf);
        Assert.Equal(3, text.Pages);
        Assert.Equal(3, text.Compact.Split("3-редакциясыбастауышұйымдардыңкарточкаларынсыз").Length - 1);
        Assert.True(PrintedText.Read(ru.Pdf).Shows("Предварительные данные: редакция 3 месяца выпущена без карточек"));
        using var workbook = new XLWorkbook(ru.Xlsx);
        Assert.Equal("нет: предварительные данные", workbook.Worksheet(1).Search("Редакция выпуска").Single().CellRight().GetString());
    }
}
