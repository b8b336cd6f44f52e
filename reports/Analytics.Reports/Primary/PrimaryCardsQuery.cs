using System.Data;
using Analytics.Reports.Common;
using Analytics.Reports.Monthly;

namespace Analytics.Reports.Primary;

/// <summary>Reads the month's primary cards from the marts of a built warehouse, one bundle per sector union.</summary>
public static class PrimaryCardsQuery
{
    /// <summary>The marts only the cards read: a release made before the cards existed lacks them.</summary>
    public static IReadOnlyList<string> CardMarts { get; } = ["mart_primary_cards", "mart_primary_card_medians"];

    /// <summary>The campaign month the cards of <paramref name="month"/> are for: null gives the last complete one.</summary>
    public static int ResolveMonth(IDbConnection connection, int? month) => MonthlyReportQuery.ResolveMonth(CampaignInfo.Read(connection), month);

    /// <param name="month">The campaign month; null for the last complete one (the monthly reports' default).</param>
    /// <param name="sectorId">Only this sector union's bundle.</param>
    /// <param name="orgId">Only this primary's card, in a bundle named after its sector union.</param>
    public static IReadOnlyList<PrimaryCardsReport> Read(IDbConnection connection, int? month, string? sectorId = null, string? orgId = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (sectorId is not null && orgId is not null)
        {
            throw new ReportUnavailableException(
                "Укажите либо --sector, либо --org: карточки печатаются по отраслевому профсоюзу или для одной первичной организации.",
                "--sector немесе --org біреуін көрсетіңіз: карточкалар салалық кәсіподақ бойынша немесе бір бастауыш ұйым үшін басылады.");
        }

        var context = ReportContext.Read(connection);
        var resolved = MonthlyReportQuery.ResolveMonth(context.Campaign, month);
        var parameters = new { month = resolved, sector = sectorId ?? "", org = orgId ?? "" };
        var cards = Marts.Query<CardRow>(
            connection,
            """
            select cards.*, coalesce(registry.is_active, false) as active_at_cutoff
            from marts.mart_primary_cards cards
            left join marts.dim_organisations registry on registry.org_id = cards.org_id
            where cards.month = $month and ($sector = '' or cards.sector_id = $sector) and ($org = '' or cards.org_id = $org)
            order by cards.sector_id, coalesce(cards.name_ru, cards.name_kk, cards.org_id), cards.org_id
            """,
            parameters);
        if (cards.Count == 0)
        {
            throw Refusal(connection, resolved, sectorId, orgId);
        }

        var sectors = Marts.Query<SectorRow>(
                connection,
                "select org_id, coalesce(name_ru, name_kk, org_id) as name_ru, coalesce(name_kk, name_ru, org_id) as name_kk from marts.dim_organisations where level = 'sector'")
            .ToDictionary(row => row.OrgId);
        var reported = Marts.Query<ReportedRow>(
                connection, "select scope, key, share from marts.mart_completeness where month = $month and scope in ('sector', 'region')", parameters)
            .ToDictionary(row => (row.Scope, row.Key), row => Marts.Exact(row.Share));
        var medians = Marts.Query<MedianRow>(connection, "select * from marts.mart_primary_card_medians where month = $month", parameters)
            .ToDictionary(row => (row.Scope, row.Key), row => row.ToMedians(reported.GetValueOrDefault((row.Scope, row.Key))));
        var regions = Marts.Query<RegionRow>(connection, "select region, name_ru, name_kk from marts.dim_regions")
            .ToDictionary(row => row.Region, row => new RegionName(row.NameRu, row.NameKk));
        var regionMedians = medians.Where(m => m.Key.Scope == "region").ToDictionary(m => m.Key.Key, m => m.Value);

        return cards
            .GroupBy(card => card.SectorId)
            .Select(bundle =>
            {
                var sector = sectors.TryGetValue(bundle.Key, out var row) ? row : new SectorRow { OrgId = bundle.Key, NameRu = bundle.Key, NameKk = bundle.Key };
                return new PrimaryCardsReport(
                    context.Campaign,
                    resolved,
                    new ReportScope(ReportScope.Sector, sector.OrgId, sector.NameRu, sector.NameKk, null),
                    bundle.Select(card => card.ToCard()).ToList(),
                    medians.GetValueOrDefault(("sector", bundle.Key)),
                    regionMedians,
                    regions) { Inputs = context.Inputs };
            })
            .ToList();
    }

    /// <summary>Why there is no card: an id that is not a primary or sector union, or one without an active primary.</summary>
    private static ReportUnavailableException Refusal(IDbConnection connection, int month, string? sectorId, string? orgId)
    {
        var id = orgId ?? sectorId;
        var level = id is null ? null : Marts.SingleOrDefault<string>(connection, "select level from marts.dim_organisations where org_id = $id", new { id });
        if (orgId is not null)
        {
            return level switch
            {
                "primary" => new ReportUnavailableException(
                    $"Первичная организация «{orgId}» не действовала на конец месяца {month}: карточки для неё нет.",
                    $"«{orgId}» бастауыш ұйымы {month}-айдың соңында жұмыс істемеді: ол үшін карточка жоқ."),
                null => new ReportUnavailableException(
                    $"Первичной организации «{orgId}» нет в реестре: укажите org_id первичной организации (--org).",
                    $"«{orgId}» бастауыш ұйымы тізілімде жоқ: бастауыш ұйымның org_id көрсетіңіз (--org)."),
                _ => new ReportUnavailableException(
                    $"«{orgId}» в реестре — {LevelRu(level)}, а не первичная организация: для --org укажите org_id первичной организации{(level == "sector" ? $", а карточки всех первичных организаций этого профсоюза даёт --sector {orgId}" : "")}.",
                    $"«{orgId}» тізілімде — {LevelKk(level)}, бастауыш ұйым емес: --org үшін бастауыш ұйымның org_id көрсетіңіз{(level == "sector" ? $", ал бұл кәсіподақтың барлық бастауыш ұйымдарының карточкаларын --sector {orgId} береді" : "")}."),
            };
        }

        if (sectorId is not null && level != "sector")
        {
            return level is null
                ? new ReportUnavailableException(
                    $"Отраслевого профсоюза «{sectorId}» нет в реестре: укажите org_id отраслевого профсоюза (--sector).",
                    $"«{sectorId}» салалық кәсіподағы тізілімде жоқ: салалық кәсіподақтың org_id көрсетіңіз (--sector).")
                : new ReportUnavailableException(
                    $"«{sectorId}» в реестре — {LevelRu(level)}, а не отраслевой профсоюз: для --sector укажите org_id отраслевого профсоюза{(level == "primary" ? $", а карточку этой первичной организации даёт --org {sectorId}" : "")}.",
                    $"«{sectorId}» тізілімде — {LevelKk(level)}, салалық кәсіподақ емес: --sector үшін салалық кәсіподақтың org_id көрсетіңіз{(level == "primary" ? $", ал бұл бастауыш ұйымның карточкасын --org {sectorId} береді" : "")}.");
        }

        var whose = sectorId is null ? "" : $" «{sectorId}»";
        return new ReportUnavailableException(
            $"У отраслевого профсоюза{whose} нет действующих первичных организаций на конец месяца {month}: карточек нет.",
            $"{month}-айдың соңында салалық кәсіподақта{whose} жұмыс істейтін бастауыш ұйымдар жоқ: карточкалар жоқ.");
    }

    private static string LevelRu(string level) => level switch
    {
        "federation" => "федерация",
        "sector" => "отраслевой профсоюз",
        "territorial" => "территориальное объединение",
        _ => "первичная организация",
    };

    private static string LevelKk(string level) => level switch
    {
        "federation" => "федерация",
        "sector" => "салалық кәсіподақ",
        "territorial" => "аумақтық бірлестік",
        _ => "бастауыш ұйым",
    };

    private sealed record CardRow
    {
        public string OrgId { get; init; } = "";

        public string? NameRu { get; init; }

        public string? NameKk { get; init; }

        public string SectorId { get; init; } = "";

        public string Region { get; init; } = "";

        public long? Members { get; init; }

        public bool UnifiedDay { get; init; }

        public bool Meeting { get; init; }

        public bool HelpStory { get; init; }

        public bool LegalAidDay { get; init; }

        public bool BecauseAction { get; init; }

        public int ItemsMet { get; init; }

        public double Completion { get; init; }

        public string Colour { get; init; } = "";

        public long Events { get; init; }

        public long Participants { get; init; }

        public bool ReportArrived { get; init; }

        public double? C1 { get; init; }

        public double? C2 { get; init; }

        public double? C3 { get; init; }

        public double? C4 { get; init; }

        public double? C5 { get; init; }

        public double? TrustIndex { get; init; }

        public string? Band { get; init; }

        public double? ReachShare { get; init; }

        public long AppealsReceived { get; init; }

        public long AppealsOffline { get; init; }

        public double? MedianResponseHours { get; init; }

        public bool IsMedianUnanswered { get; init; }

        public long Ratings { get; init; }

        public double? MeanSatisfaction { get; init; }

        public long? SectorRank { get; init; }

        public long? SectorRanked { get; init; }

        public double? RatingScore { get; init; }

        public bool ActiveAtCutoff { get; init; }

        public PrimaryCard ToCard() => new(
            OrgId,
            NameRu ?? NameKk ?? OrgId,
            NameKk ?? NameRu ?? OrgId,
            Region,
            Members,
            [
                new("unified_day", UnifiedDay),
                new("meeting", Meeting),
                new("help_story", HelpStory),
                new("legal_aid_day", LegalAidDay),
                new("because_action", BecauseAction),
            ],
            ItemsMet,
            Marts.Exact(Completion) ?? 0,
            Colour,
            Events,
            Participants,
            ReportArrived,
            new CardTrust(
                Marts.Exact(C1), Marts.Exact(C2), Marts.Exact(C3), Marts.Exact(C4), Marts.Exact(C5), Marts.Exact(TrustIndex), Band,
                Marts.Exact(ReachShare), Marts.Exact(MedianResponseHours), IsMedianUnanswered, Marts.Exact(MeanSatisfaction)),
            PrivateCount.Of(AppealsReceived),
            PrivateCount.Of(AppealsOffline),
            PrivateCount.Of(Ratings),
            (int?)SectorRank,
            (int?)SectorRanked,
            Marts.Exact(RatingScore))
        {
            ActiveAtCutoff = ActiveAtCutoff,
        };
    }

    private sealed record MedianRow
    {
        public string Scope { get; init; } = "";

        public string Key { get; init; } = "";

        public long Primaries { get; init; }

        public double Completion { get; init; }

        public double Events { get; init; }

        public double? TrustIndex { get; init; }

        public double? C1 { get; init; }

        public double? C2 { get; init; }

        public double? C3 { get; init; }

        public double? C4 { get; init; }

        public double? C5 { get; init; }

        public CardMedians ToMedians(decimal? reportedShare) => new(
            Primaries, Marts.Exact(Completion) ?? 0, Marts.Exact(Events) ?? 0, Marts.Exact(TrustIndex),
            Marts.Exact(C1), Marts.Exact(C2), Marts.Exact(C3), Marts.Exact(C4), Marts.Exact(C5), reportedShare);
    }

    private sealed record SectorRow
    {
        public string OrgId { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";
    }

    private sealed record ReportedRow
    {
        public string Scope { get; init; } = "";

        public string Key { get; init; } = "";

        public double? Share { get; init; }
    }

    private sealed record RegionRow
    {
        public string Region { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";
    }
}
