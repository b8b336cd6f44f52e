using System.Data;
using System.Globalization;
using Analytics.Reports.Common;

namespace Analytics.Reports.Final;

/// <summary>The survey and the barometer over the whole campaign.</summary>
public static partial class FinalReportQuery
{
    /// <summary>
    /// The members' survey (<c>marts.mart_survey_results</c>): the federation, each month, each sector union and
    /// territorial association. Aggregates only: no line is a single primary. Null without any answer.
    /// </summary>
    private static SurveyResults? Survey(IDbConnection connection)
    {
        var rows = Marts.Query<SurveyRow>(
            connection,
            """
            select s.period, s.scope, s.key, s.responses::bigint as responses, s.mean_trust, s.mean_satisfaction, s.aware_share,
                   coalesce(o.name_ru, o.name_kk, s.key) as name_ru, coalesce(o.name_kk, o.name_ru, s.key) as name_kk
            from marts.mart_survey_results s
            left join marts.dim_organisations o on o.org_id = s.key
            order by s.scope, s.key, s.period
            """);
        var federation = rows.FirstOrDefault(r => r.Scope == ReportScope.Federation && r.Period == "to-date");
        if (federation is null)
        {
            return null;
        }

        List<SurveyLine> Of(string scope) => rows.Where(r => r.Scope == scope && r.Period == "to-date").Select(r => r.ToLine()).ToList();
        var byMonth = rows
            .Where(r => r.Scope == ReportScope.Federation && r.Period != "to-date")
            .OrderBy(r => int.Parse(r.Month, CultureInfo.InvariantCulture))
            .Select(r => new SurveyLine(r.Month, r.Month, r.Month, r.Responses, Marts.Exact(r.MeanTrust), Marts.Exact(r.MeanSatisfaction), Marts.Exact(r.AwareShare)))
            .ToList();
        return new SurveyResults(federation.ToLine(), byMonth, Of(ReportScope.Sector), Of(ReportScope.Territorial));
    }

    private static List<BarometerMonth> Barometer(IDbConnection connection, CampaignInfo campaign, ReportScope federation)
    {
        var emerging = Marts.Query<MonthCountRow>(
                connection, "select ((week - 1) // 4 + 1)::bigint as month, count(*) as records from marts.mart_barometer_emerging group by all")
            .ToDictionary(row => row.Month, row => row.Records);

        // the appeals' own 1-5 ratings of the month (the barometer's satisfaction, methodology §8), all topics together
        var satisfaction = Marts.Query<MonthMeanRow>(
                connection, "select campaign_month::bigint as month, avg(satisfaction) as mean from marts.fct_appeals where satisfaction is not null group by all")
            .ToDictionary(row => row.Month, row => Marts.Exact(row.Mean));
        return Enumerable.Range(1, campaign.MonthsStarted).Select(month =>
        {
            var note = SectionQueries.Barometer(connection, federation, month, campaign.IsComplete(month));
            return new BarometerMonth(
                month,
                note.MonthComplete,
                note.Appeals,
                note.TopTopics.Take(3).ToList(),
                satisfaction.GetValueOrDefault(month),
                emerging.GetValueOrDefault(month),
                note.ClassifiedShare,
                note.OtherShare);
        }).ToList();
    }

    private sealed record SurveyRow
    {
        public string Period { get; init; } = "";

        public string Scope { get; init; } = "";

        public string Key { get; init; } = "";

        public long Responses { get; init; }

        public double? MeanTrust { get; init; }

        public double? MeanSatisfaction { get; init; }

        public double? AwareShare { get; init; }

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        /// <summary>The campaign month of a month's row: "2" of <c>month-2</c>.</summary>
        public string Month => Period["month-".Length..];

        public SurveyLine ToLine() =>
            new(Key, NameRu, NameKk, Responses, Marts.Exact(MeanTrust), Marts.Exact(MeanSatisfaction), Marts.Exact(AwareShare));
    }

    private sealed record MonthCountRow
    {
        public long Month { get; init; }

        public long Records { get; init; }
    }

    private sealed record MonthMeanRow
    {
        public long Month { get; init; }

        public double? Mean { get; init; }
    }
}
