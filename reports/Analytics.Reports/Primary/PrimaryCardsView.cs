using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Primary;

/// <summary>A sector union's primary cards laid out for <c>Pdf/Templates/primary.liquid</c>, in one language.</summary>
internal sealed record PrimaryCardsView(string Lang, string DocumentTitle, IReadOnlyList<PrimaryCardView> Cards)
{
    public static PrimaryCardsView Build(PrimaryCardsReport report, ReportLanguage language)
    {
        var text = new ReportText(language);
        var header = new CardHeader(
            text.Kazakh ? report.Campaign.NameKk : report.Campaign.NameRu,
            text.Text("cards.month_line", ("month", ReportText.Int(report.Month)), ("period", text.MonthYear(report.Campaign, report.Month))),
            text.Text("data_as_of", ("date", text.Format.Date(report.Campaign.Cutoff))),
            PrimaryCardsNotices.Release(report, text),
            report.Sector.Name(text.Kazakh));
        return new PrimaryCardsView(
            language.Code,
            text.Text("cards.document_title", ("sector", header.Sector), ("month", ReportText.Int(report.Month))),
            report.Cards.Select(card => PrimaryCardView.Build(card, report, header, text)).ToList());
    }
}

/// <summary>What every card of a bundle repeats: the campaign, the month, the cut-off, the release and the sector union.</summary>
internal sealed record CardHeader(string Campaign, string MonthLine, string DataAsOf, string Release, string Sector);

/// <summary>One A4 page: who, the minimum standard and what remains, the month beside the medians, the rank.</summary>
internal sealed record PrimaryCardView(
    string Name,
    string Subtitle,
    string Campaign,
    string MonthLine,
    string DataAsOf,
    string Release,
    string ColourClass,
    string ColourLine,
    IReadOnlyList<StandardItemView> Items,
    string? Remains,
    string RegionHeading,
    IReadOnlyList<CardFigureRow> Figures,
    IReadOnlyList<CardFigureRow> Criteria,
    string IndexLine,
    string CountsLine,
    string RankLine)
{
    public static PrimaryCardView Build(PrimaryCard card, PrimaryCardsReport report, CardHeader header, ReportText text)
    {
        var format = text.Format;
        var region = report.Regions.TryGetValue(card.Region, out var name) ? text.Name(name.NameRu, name.NameKk) : card.Region;
        var sector = report.SectorMedians;
        var regional = report.RegionMedians.GetValueOrDefault(card.Region);
        string Median(decimal? value) => value is { } v ? format.Number(v, 1) : text["no_data"];
        string Percent(decimal? value) => text.Share(value);
        var missing = card.Items.Where(item => !item.Done).ToList();
        var trust = card.Trust;
        return new PrimaryCardView(
            text.Name(card.NameRu, card.NameKk),
            text.Text(
                "cards.subtitle",
                ("org", card.OrgId),
                ("sector", header.Sector),
                ("region", region),
                ("members", card.Members is { } members ? text.Count(members) : text["no_data"])),
            header.Campaign,
            header.MonthLine,
            header.DataAsOf,
            header.Release,
            card.Colour,
            text.Text("cards.colour_line", ("colour", text.Language.ColourName(card.Colour)), ("share", format.Percent(card.Completion)), ("met", ReportText.Int(card.ItemsMet))),
            card.Items.Select(item => new StandardItemView(
                    text["cards.item." + item.Code],
                    item.Done ? "✔" : "✘",
                    item.Done ? text["cards.done"] : text["cards.missing"],
                    item.Done ? "" : text["cards.todo." + item.Code],
                    item.Done))
                .ToList(),
            missing.Count == 0 ? text["cards.all_done"] : null,
            text.Text("cards.col_region", ("region", region)),
            [
                new(text["cards.row_completion"], format.Percent(card.Completion), Percent(sector?.Completion), Percent(regional?.Completion)),
                new(
                    text["cards.row_events"],
                    text.Text("cards.events", ("events", text.Count(card.Events)), ("participants", text.Count(card.Participants))),
                    Median(sector?.Events),
                    Median(regional?.Events)),
                new(
                    text["cards.row_report"],
                    card.ReportArrived ? text["cards.report_arrived"] : text["cards.report_missing"],
                    ReportedShare(sector, text),
                    ReportedShare(regional, text)),
                new(
                    text["cards.row_index"],
                    trust.Index is { } index ? format.Number(index, 1) : text["band_short.none"],
                    Median(sector?.TrustIndex),
                    Median(regional?.TrustIndex)),
            ],
            [
                Criterion(1, trust.C1, sector?.C1, regional?.C1, Median, text),
                Criterion(2, trust.C2, sector?.C2, regional?.C2, Median, text),
                Criterion(3, trust.C3, sector?.C3, regional?.C3, Median, text),
                Criterion(4, trust.C4, sector?.C4, regional?.C4, Median, text),
                Criterion(5, trust.C5, sector?.C5, regional?.C5, Median, text),
            ],
            trust.Index is { } value
                ? text.Text("cards.index", ("index", format.Number(value, 1)), ("band", text.Band(trust.Band)))
                : text["cards.index_none"],
            text.Text(
                "cards.counts",
                ("received", text.Private(card.AppealsReceived)),
                ("offline", text.Private(card.AppealsOffline)),
                ("ratings", text.Private(card.Ratings)),
                ("hours", trust.MedianResponseHours is { } hours ? text.Text("cards.hours", ("hours", format.Number(hours, 1))) : text["no_data"]),
                ("mean", trust.MeanSatisfaction is { } mean ? format.Number(mean, 1) : text["no_data"])),
            card.SectorRank is { } rank
                ? text.Text(
                    "cards.rank",
                    ("rank", ReportText.Int(rank)),
                    ("ranked", ReportText.Int(card.SectorRanked ?? rank)),
                    ("score", card.RatingScore is { } score ? format.Number(score, 1) : text["no_data"]),
                    ("date", format.Date(report.Campaign.Cutoff)))
                : card.ActiveAtCutoff ? text["cards.rank_none"] : text.Text("cards.rank_closed", ("date", format.Date(report.Campaign.Cutoff))));
    }

    private static string ReportedShare(CardMedians? medians, ReportText text) =>
        medians?.ReportedShare is { } share ? text.Text("cards.reported_share", ("share", text.Format.Percent(share))) : text["no_data"];

    private static CardFigureRow Criterion(int number, decimal? own, decimal? sector, decimal? region, Func<decimal?, string> median, ReportText text) =>
        new(
            ReportText.Int(number) + ". " + text["criterion." + ReportText.Int(number)],
            own is { } score ? text.Format.Number(score, 1) : text["criterion_missing"],
            median(sector),
            median(region));
}

/// <param name="Mark">✔ or ✘, so the state reads without colour.</param>
/// <param name="Todo">What remains to do for an item not met; empty when met.</param>
internal sealed record StandardItemView(string Name, string Mark, string State, string Todo, bool Done);

/// <summary>A figure of the primary beside the medians of its sector union and its region.</summary>
internal sealed record CardFigureRow(string Name, string Own, string Sector, string Region);
