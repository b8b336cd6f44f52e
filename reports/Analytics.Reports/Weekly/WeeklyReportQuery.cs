using System.Data;
using System.Globalization;
using Analytics.Reports.Common;
using Dapper;

namespace Analytics.Reports.Weekly;

/// <summary>Reads the weekly monitoring report's figures from the marts of a built warehouse.</summary>
public static partial class WeeklyReportQuery
{
    public static WeeklyReport Read(IDbConnection connection, int? week)
    {
        var cutoff = Date(connection.ExecuteScalar<string>("select strftime(cutoff, '%Y-%m-%d') from config.build")!);
        var campaign = connection.QuerySingle("select name_ru, name_kk, months from config.campaign");
        var weeksTotal = (int)campaign.months * 4;
        var cutoffWeek = connection.ExecuteScalar<int?>(
            "select campaign_week from marts.dim_campaign_days where day = $cutoff", new { cutoff = cutoff.ToDateTime(TimeOnly.MinValue) })
            ?? throw new ReportUnavailableException(
                $"Дата среза {cutoff:dd.MM.yyyy} вне кампании: еженедельный отчёт строится за неделю, в которую попадает дата среза.",
                $"Кесу күні {cutoff:dd.MM.yyyy} науқаннан тыс: апталық есеп кесу күні түсетін аптаға жасалады.");
        var reportWeek = week ?? cutoffWeek;
        if (reportWeek != cutoffWeek)
        {
            var weekEnd = Date(connection.ExecuteScalar<string?>(
                "select strftime(max(day), '%Y-%m-%d') from marts.dim_campaign_days where campaign_week = $week", new { week = reportWeek })
                ?? throw new ReportUnavailableException($"Неделя {reportWeek} вне кампании (1–{weeksTotal}).", $"{reportWeek}-апта науқаннан тыс (1–{weeksTotal})."));
            throw new ReportUnavailableException(
                $"Хранилище пересчитано на {cutoff:dd.MM.yyyy} (неделя {cutoffWeek}). Для отчёта за неделю {reportWeek} выполните: analytics build --cutoff {weekEnd:yyyy-MM-dd}",
                $"Қойма {cutoff:dd.MM.yyyy} күніне есептелген ({cutoffWeek}-апта). {reportWeek}-апта есебі үшін орындаңыз: analytics build --cutoff {weekEnd:yyyy-MM-dd}");
        }

        var bounds = connection.QuerySingle(
            "select strftime(min(day), '%Y-%m-%d') as first_day, strftime(max(day), '%Y-%m-%d') as last_day from marts.dim_campaign_days where campaign_week = $week",
            new { week = reportWeek });
        var stage = (reportWeek - 1) / 4 + 1;

        var header = new ReportHeader(campaign.name_ru, campaign.name_kk, reportWeek, weeksTotal, stage, cutoff, Date(bounds.first_day), Date(bounds.last_day));
        var completeness = Completeness(connection, stage);
        return new WeeklyReport(header, EventsPerWeek(connection, reportWeek), Kpis(connection), Sectors(connection, completeness.Month), completeness)
        {
            WeekOnWeek = WeekOnWeek(connection, reportWeek),
            Regions = RegionCompletionQuery.Read(connection),
            RedZone = RedZone(connection),
            EmergingProblems = EmergingProblems(connection, reportWeek),
            ThreatLight = ThreatLight(connection),
            Inputs = Inputs(connection),
        };
    }

    private static List<WeekCount> EventsPerWeek(IDbConnection connection, int week) =>
        connection.Query<(long Week, long Events)>(
            """
            select weeks.week, count(fct_events.event_id) as events
            from range(1, $week + 1) as weeks(week)
            left join marts.fct_events on fct_events.campaign_week = weeks.week
            group by weeks.week
            order by weeks.week
            """,
            new { week }).Select(row => new WeekCount((int)row.Week, row.Events)).ToList();

    private static List<KpiLine> Kpis(IDbConnection connection) =>
        connection.Query(
            "select kpi_id, value, target, applicable, met from marts.mart_kpi where level = 'federation' and kpi_id like 'F%' order by kpi_id")
            .Select(row => new KpiLine(
                (string)row.kpi_id,
                Db.Decimal(row.value),
                Db.Decimal(row.target) ?? 0m,
                (bool)row.applicable,
                (bool?)row.met,
                (string)row.kpi_id is "F1" or "F5" ? KpiUnit.Share : KpiUnit.Count))
            .ToList();

    private static CompletenessLine Completeness(IDbConnection connection, int stage)
    {
        var row = connection.QuerySingleOrDefault(
            """
            select month, active_primaries, reported, share from marts.mart_completeness
            where scope = 'federation' and month <= $stage order by month desc limit 1
            """,
            new { stage });
        return row is null
            ? new CompletenessLine(stage, 0, 0, null)
            : new CompletenessLine(
                Convert.ToInt32(row.month, CultureInfo.InvariantCulture),
                Convert.ToInt64(row.active_primaries, CultureInfo.InvariantCulture),
                Convert.ToInt64(row.reported, CultureInfo.InvariantCulture),
                Db.Decimal(row.share));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
