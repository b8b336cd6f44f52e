using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Weekly;

/// <summary>Reads the weekly monitoring report's figures from the marts of a built warehouse.</summary>
public static partial class WeeklyReportQuery
{
    public static WeeklyReport Read(IDbConnection connection, int? week)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var context = ReportContext.Read(connection);
        var campaign = context.Campaign;
        var cutoff = campaign.Cutoff;
        var calendar = Marts.One<CalendarRow>(connection, "select weeks::bigint as weeks, cutoff_week::bigint as cutoff_week from marts.dim_campaign");
        var weeksTotal = checked((int)calendar.Weeks);
        var cutoffWeek = calendar.CutoffWeek is { } inCampaign
            ? checked((int)inCampaign)
            : throw new ReportUnavailableException(
                $"Дата среза {cutoff:dd.MM.yyyy} вне кампании: еженедельный отчёт строится за неделю, в которую попадает дата среза.",
                $"Кесу күні {cutoff:dd.MM.yyyy} науқаннан тыс: апталық есеп кесу күні түсетін аптаға жасалады.");
        var reportWeek = week ?? cutoffWeek;
        var bounds = Marts.SingleOrDefault<WeekBoundsRow>(
            connection,
            """
            select strftime(min(day), '%Y-%m-%d') as first_day, strftime(max(day), '%Y-%m-%d') as last_day
            from marts.dim_campaign_days where campaign_week = $week
            having count(*) > 0
            """,
            new { week = reportWeek })
            ?? throw new ReportUnavailableException($"Неделя {reportWeek} вне кампании (1–{weeksTotal}).", $"{reportWeek}-апта науқаннан тыс (1–{weeksTotal}).");
        if (reportWeek != cutoffWeek)
        {
            throw new ReportUnavailableException(
                $"Хранилище пересчитано на {cutoff:dd.MM.yyyy} (неделя {cutoffWeek}). Для отчёта за неделю {reportWeek} выполните: analytics build --cutoff {bounds.LastDay}",
                $"Қойма {cutoff:dd.MM.yyyy} күніне есептелген ({cutoffWeek}-апта). {reportWeek}-апта есебі үшін орындаңыз: analytics build --cutoff {bounds.LastDay}");
        }

        var stage = ((reportWeek - 1) / 4) + 1;
        var header = new ReportHeader(campaign.NameRu, campaign.NameKk, reportWeek, weeksTotal, stage, cutoff, Marts.Date(bounds.FirstDay), Marts.Date(bounds.LastDay));
        var completeness = Completeness(connection, stage);
        var activity = Activity(connection, reportWeek);
        return new WeeklyReport(
            campaign,
            header,
            activity.Where(a => a.Activity == "events").Select(a => new WeekCount(a.Week, a.Records)).ToList(),
            SectionQueries.Kpis(connection, ReportScope.Federation, context.FederationId, "F"),
            Sectors(connection, completeness.Month),
            completeness)
        {
            WeekOnWeek = WeekOnWeek(activity, reportWeek),
            Regions = RegionCompletionQuery.Read(connection),
            RedZone = RedZone(connection),
            EmergingProblems = SectionQueries.EmergingProblems(connection, reportWeek, reportWeek),
            ThreatLight = ThreatLight(connection),
            ThreatActions = ThreatAction.Read(connection),
            Inputs = context.Inputs,
            FederationId = context.FederationId,
        };
    }

    /// <summary>The federation's completeness of reporting for the latest month up to the stage that has a row.</summary>
    private static Reporting Completeness(IDbConnection connection, int stage)
    {
        var row = Marts.SingleOrDefault<CompletenessRow>(
            connection,
            """
            select month, active_primaries, reported, share from marts.mart_completeness
            where scope = 'federation' and month <= $stage order by month desc limit 1
            """,
            new { stage });
        return row is null ? Reporting.None(stage) : new Reporting(row.Month, row.ActivePrimaries, row.Reported, Marts.Exact(row.Share));
    }

    private sealed record CalendarRow
    {
        public long Weeks { get; init; }

        public long? CutoffWeek { get; init; }
    }

    private sealed record WeekBoundsRow
    {
        public string FirstDay { get; init; } = "";

        public string LastDay { get; init; } = "";
    }

    private sealed record CompletenessRow
    {
        public int Month { get; init; }

        public long ActivePrimaries { get; init; }

        public long Reported { get; init; }

        public double? Share { get; init; }
    }
}
