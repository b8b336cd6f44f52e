using Analytics.Reports.Localization;
using Analytics.Reports.Nominations;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Tests.Monthly;
using Analytics.Reports.Tests.Weekly;
using Analytics.TestSupport;
using ClosedXML.Excel;
using Snapshooter.Xunit;

namespace Analytics.Reports.Tests.Nominations;

/// <summary>
/// The commission's pack for the hand-built <see cref="NominationsFederation"/> (shortlists of 3 at 2026-12-10), whose
/// shortlists the warehouse tests work out by hand: printed and read back from the PDF in both languages.
/// </summary>
[Collection(ChromiumGroup.Name)]
public sealed class NominationsReportTests(NominationsReportTests.Built built, ChromiumFixture chromium) : IClassFixture<NominationsReportTests.Built>
{
    private static string OutDirectory => Path.Combine(AppContext.BaseDirectory, "printed", "nominations");

    [Fact]
    public void Read_HandBuiltFederation_MatchesSnapshot()
    {
        var report = built.Report;

        Assert.Equal(15, report.Nominations.Count);
        Assert.Equal(["P1", "P2", "P3"], report.Nominations.Single(n => n.Code == "best_primary").Shortlist.Select(c => c.Key));
        Assert.All(report.Nominations.Single(n => n.Code == "best_ambassador").Shortlist, c => Assert.Equal("", c.Key));
        Snapshot.Match(report.Nominations);
    }

    [Fact]
    public async Task WriteAsync_Russian_PrintsEveryNominationWithItsShortlistAndEvidence()
    {
        var report = built.Report;

        var files = await ReportWriter.WriteAsync(new NominationsReportDocument(report), ReportLanguage.Russian, OutDirectory, chromium.Printer);

        Assert.Equal("nominations-2026-12-10-ru.pdf", Path.GetFileName(files.Pdf));
        MonthlyReportTests.AssertContentsPagesAreTheSectionsPages(files.Pdf, report.Nominations.Select(n => n.NameRu).ToList());
        var pdf = PrintedText.Read(files.Pdf);
        // best_primary: P1 and P2 tie at 35 (the smaller key first), P3 27.5 = (5.5 + 10 + 1)·5/3
        Assert.True(pdf.Shows("1 Школа 1 35,0"));
        Assert.True(pdf.Shows("2 Школа 2 35,0"));
        Assert.True(pdf.Shows("3 Больница 3 27,5"));
        // SB's terms: completion 0 → 0,0 points; seven cases per 200 members → 25 points
        Assert.True(pdf.Shows("Минимальный стандарт: 0,0 % → 0,0"));
        Assert.True(pdf.Shows("Истории помощи: 7 → 25,0"));
        // the trust leader: P5's mean 8.4 over 10 answers
        Assert.True(pdf.Shows("Больница 5 8,40"));
        Assert.True(pdf.Shows("Ответов опроса: 10"));
        // a case's story as the Bank of union victories holds it
        Assert.True(pdf.Shows("Проблема: Задержка зарплаты за три месяца"));
        Assert.True(pdf.Shows("Действия профсоюза: Переговоры и жалоба в инспекцию"));
        Assert.True(pdf.Shows("Результат: Долг выплачен"));
        Assert.True(pdf.Shows("Сумма, тенге: 300 000"));
        Assert.True(pdf.Shows("Амбассадор №1"));
        // a publication's web address is printed, a script in its place is not
        Assert.True(pdf.Shows("Ссылка: https://example.kz/m2"));
        Assert.DoesNotContain("javascript", pdf.Raw, StringComparison.Ordinal);
        // K7 came after the cut-off, M4 too
        Assert.False(pdf.Shows("Поздний кейс"));
        Assert.False(pdf.Shows("9 000"));
        // the digital project and the two special signs are put forward by organisations
        Assert.Equal(3, pdf.Compact.Split("Выдвигаютсяорганизациями").Length - 1);
        Assert.All(built.Pseudonyms, pseudonym => Assert.DoesNotContain(pseudonym, pdf.Raw, StringComparison.Ordinal));

        var manifest = ReportManifest.Read(files.Manifest);
        Assert.Equal(("nominations", "2026-12-10"), (manifest.Report, manifest.Cutoff));
        using var workbook = new XLWorkbook(files.Xlsx);
        Assert.Equal(15, workbook.Worksheet("Номинации").RowsUsed().Count() - 1);
        Assert.Equal(25, workbook.Worksheet("Шорт-листы").RowsUsed().Count() - 1);
    }

    [Fact]
    public async Task WriteAsync_Kazakh_PrintsTheKazakhNames()
    {
        var report = built.Report;

        var files = await ReportWriter.WriteAsync(new NominationsReportDocument(report), ReportLanguage.Kazakh, OutDirectory, chromium.Printer);

        MonthlyReportTests.AssertContentsPagesAreTheSectionsPages(files.Pdf, report.Nominations.Select(n => n.NameKk).ToList());
        var pdf = PrintedText.Read(files.Pdf);
        Assert.True(pdf.Shows("Сенім көшбасшысы"));
        Assert.True(pdf.Shows("5 аурухана 8,40"));
        Assert.True(pdf.Shows("Сауалнама жауаптары: 10"));
        Assert.Equal(3, pdf.Compact.Split("Ұйымдарұсынады").Length - 1);
    }

    /// <summary>The federation built and its pack read once for the class.</summary>
    public sealed class Built : IDisposable
    {
        private readonly TemporaryWarehouse warehouse = NominationsFederation.Built();

        public Built()
        {
            using var connection = warehouse.Database.Open();
            Report = NominationsReportQuery.Read(connection);
            Pseudonyms = NominationsFederation.Ambassadors.Skip(1).Select(line => NominationsFederation.Pseudonym(line.Split(',')[0])).ToList();
        }

        public NominationsReport Report { get; }

        public IReadOnlyList<string> Pseudonyms { get; }

        public void Dispose() => warehouse.Dispose();
    }
}
