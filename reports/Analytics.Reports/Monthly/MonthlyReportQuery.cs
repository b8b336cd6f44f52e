using System.Data;
using System.Globalization;
using Analytics.Reports.Common;

namespace Analytics.Reports.Monthly;

/// <summary>Reads monthly reports from the marts of a built warehouse.</summary>
public static class MonthlyReportQuery
{
    /// <summary>
    /// The month a report is for: <paramref name="month"/> when given (it must have started by the cut-off),
    /// otherwise the last complete month, or the month in progress while month 1 runs.
    /// </summary>
    public static int ResolveMonth(CampaignInfo campaign, int? month)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var cutoff = campaign.Cutoff.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        if (month is not { } asked)
        {
            return campaign.LastCompleteMonth
                ?? (campaign.MonthsStarted > 0
                    ? 1
                    : throw new ReportUnavailableException(
                        $"Дата среза {cutoff} раньше начала кампании: месячных отчётов ещё нет.",
                        $"Кесу күні {cutoff} науқан басталғанға дейін: айлық есептер әлі жоқ."));
        }

        if (asked < 1 || asked > campaign.Months)
        {
            throw new ReportUnavailableException(
                $"Месяц {asked} вне кампании: ожидается 1–{campaign.Months}.",
                $"{asked}-ай науқаннан тыс: 1–{campaign.Months} күтіледі.");
        }

        if (!campaign.IsStarted(asked))
        {
            var start = campaign.MonthStart(asked).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            throw new ReportUnavailableException(
                $"Месяц {asked} начинается {campaign.MonthStart(asked):dd.MM.yyyy}, а хранилище пересчитано на {cutoff}. Выполните: analytics build --cutoff {start} (или позже).",
                $"{asked}-ай {campaign.MonthStart(asked):dd.MM.yyyy} басталады, ал қойма {cutoff} күніне есептелген. Орындаңыз: analytics build --cutoff {start} (немесе кейінірек).");
        }

        return asked;
    }

    /// <summary>The report of one group; <paramref name="shared"/> holds what every report of a set reads alike.</summary>
    public static MonthlyReport Read(IDbConnection connection, ReportScope scope, int month, ReportContext shared)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(shared);
        var campaign = shared.Campaign;
        var reporting = SectionQueries.ReportingByMonth(connection, scope.Scope, scope.Key, campaign.MonthsStarted);

        IReadOnlyList<RatingTable> ratings = scope.Scope switch
        {
            ReportScope.Federation =>
            [
                SectionQueries.Rating(connection, "sector", reportingMonth: month),
                SectionQueries.Rating(connection, "territorial", reportingMonth: month),
            ],
            ReportScope.Sector => [SectionQueries.Rating(connection, "primary", sectorId: scope.Key)],
            _ => [SectionQueries.Rating(connection, "primary", territorialId: scope.Key)],
        };

        return new MonthlyReport(
            campaign,
            scope,
            month,
            SectionQueries.LevelKpis(connection, scope),
            SectionQueries.ControlIndicator(connection, shared.FederationId, month),
            reporting,
            SectionQueries.Trust(connection, scope.Scope, scope.Key, month),
            SectionQueries.Barometer(connection, scope, month, campaign.IsComplete(month)),
            SectionQueries.Media(connection, scope, month, month),
            SectionQueries.Service(connection, scope, month, reporting[month - 1]),
            ratings,
            shared.Quality)
        {
            Inputs = shared.Inputs,
            Confirmation = MonthConfirmation.Read(connection, scope, month),
            ThreatActions = ThreatAction.Read(connection, scope.IsFederation ? null : scope.Key),
        };
    }
}
