using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Threats;

/// <summary>
/// monitoring_regimes.csv: a handful of special regimes. The escalating sector union has one covering
/// the campaign's last weeks; another began before the campaign.
/// </summary>
internal static class MonitoringRegimesWriter
{
    public const string FileName = "monitoring_regimes.csv";

    public static readonly IReadOnlyList<string> Columns = ["org_id", "starts", "ends", "reason"];

    public static long Write(SampleContext context, string hotOrgId)
    {
        var random = context.RandomFor("monitoring_regimes");
        var calendar = context.Calendar;
        var others = SampleRegistry.Sectors.Select(s => s.Id).Where(id => id != hotOrgId).ToArray();
        random.Shuffle(others);
        var territory = random.Pick(SampleRegistry.Territories).Id;

        using var csv = new CsvWriter(context.PathOf(FileName), Columns);
        void Regime(string orgId, DateOnly starts, DateOnly ends, string reason)
        {
            csv.Text(orgId).Date(starts).Date(ends).Text(reason);
            csv.EndRow();
        }

        Regime(others[0], calendar.Start.AddDays(-random.Between(10, 30)), calendar.Start.AddDays(random.Between(5, 12)), "charter");
        Regime(others[1], calendar.MonthStart(2).AddDays(4), calendar.MonthStart(2).AddDays(24), "personnel");
        Regime(territory, calendar.MonthStart(3), calendar.MonthStart(3).AddDays(19), "election");
        Regime(others[2], calendar.MonthStart(4), calendar.MonthStart(4).AddDays(random.Between(15, 20)), "political_campaign");
        Regime(hotOrgId, calendar.MonthStart(4).AddDays(7), calendar.End.AddDays(14), "conference");
        Regime(SampleRegistry.FederationId, calendar.MonthStart(4).AddDays(20), calendar.End.AddDays(5), "congress");
        return csv.Rows;
    }
}
