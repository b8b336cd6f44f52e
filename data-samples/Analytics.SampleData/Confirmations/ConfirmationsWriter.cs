using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Confirmations;

/// <summary>
/// confirmations.csv: each sector union and territorial association confirms its month in the first week of the
/// next (the last month on its last days), or returns it to its primaries first and confirms a few days later;
/// some months are left returned, and some never confirmed.
/// </summary>
internal static class ConfirmationsWriter
{
    public const string FileName = "confirmations.csv";

    public static readonly IReadOnlyList<string> Columns =
        ["confirmation_id", "org_id", "period", "status", "confirmed_at", "confirmed_by", "comment"];

    public static long Write(SampleContext context)
    {
        var random = context.RandomFor("confirmations");
        var calendar = context.Calendar;
        using var csv = new CsvWriter(context.PathOf(FileName), Columns);
        var number = 0;
        void Decide(string orgId, int month, string status, DateOnly day, string? comment)
        {
            csv.Text($"CF{++number:D5}").Text(orgId).Text(calendar.Period(month)).Text(status)
                .Time(CampaignCalendar.At(random, day, 9, 18)).Text($"Председатель {orgId}").Text(comment);
            csv.EndRow();
        }

        var unions = SampleRegistry.Sectors.Select(sector => sector.Id).Concat(SampleRegistry.Territories.Select(territory => territory.Id));
        foreach (var orgId in unions)
        {
            for (var month = 1; month <= CampaignCalendar.Months; month++)
            {
                var first = month < CampaignCalendar.Months ? calendar.MonthStart(month + 1) : calendar.MonthEnd(month).AddDays(-3);
                var decision = random.NextDouble();
                if (decision < 0.15)
                {
                    continue;
                }

                var day = first.AddDays(random.Between(0, 3));
                if (decision < 0.35)
                {
                    Decide(orgId, month, "returned", day, "Вернуть первичным: неполные отчёты");
                    if (decision < 0.25)
                    {
                        continue;
                    }

                    day = day.AddDays(random.Between(1, 3));
                }

                Decide(orgId, month, "confirmed", day, null);
            }
        }

        return csv.Rows;
    }
}
