using System.Globalization;
using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Cases;

/// <summary>
/// cases.csv, the Bank of union victories: most cases come from participating and large primaries,
/// most are submitted in month 2 ("Защищаем и помогаем"), a few before the campaign (they never count).
/// </summary>
internal static class CasesWriter
{
    public const string FileName = "cases.csv";

    public static readonly IReadOnlyList<string> Columns =
    [
        "case_id", "org_id", "category", "title", "problem", "actions", "result",
        "workers_helped", "amount_kzt", "decided_at", "status", "best_practice", "submitted_at",
    ];

    private static readonly WeightedChoice<int> SubmissionMonth = new((0, 1.5), (1, 15), (2, 45), (3, 22), (4, 16.5));
    private static readonly WeightedChoice<string> Status = new(("published", 82), ("draft", 12), ("rejected", 6));
    private static readonly WeightedChoice<bool?> BestPractice = new((true, 10), (false, 55), (null, 35));
    private static readonly WeightedPicker CategoryPicker = new(CaseTexts.Categories.Select(c => c.Weight));

    private sealed record Draft(string OrgId, int Members, double KazakhShare, DateTime SubmittedAt, int Month);

    public static (long Rows, CaseBook Book) Write(SampleContext context)
    {
        var random = context.RandomFor("cases");
        var drafts = Plan(random, context);
        var book = new CaseBook();
        using var csv = new CsvWriter(context.PathOf(FileName), Columns);
        var number = 0;
        foreach (var draft in drafts.OrderBy(d => d.SubmittedAt).ThenBy(d => d.OrgId, StringComparer.Ordinal))
        {
            var caseId = $"C{++number:D6}";
            WriteRow(csv, random, caseId, draft);
            book.Add(draft.OrgId, caseId, draft.Month);
        }

        return (csv.Rows, book);
    }

    private static List<Draft> Plan(Random random, SampleContext context)
    {
        var calendar = context.Calendar;
        var drafts = new List<Draft>();
        foreach (var sector in SampleRegistry.Sectors)
        {
            for (var i = random.Between(1, 4); i > 0; i--)
            {
                var month = random.Between(1, 4);
                drafts.Add(new Draft(sector.Id, 5_000, 0.35, SubmittedAt(random, calendar.DayInMonth(random, month)), month));
            }
        }

        var primaries = context.Registry.Primaries;
        var weights = primaries.Select(Weight).ToArray();
        var perWeight = (context.Scale.Cases - drafts.Count) / weights.Sum();
        foreach (var primary in primaries)
        {
            var count = random.RoundRandomly(weights[primary.Index] * perWeight);
            if (primary.IsLarge && count == 0 && random.Chance(0.8))
            {
                count = 1;
            }

            for (var i = 0; i < count; i++)
            {
                if (Submission(random, primary, calendar) is { } submission)
                {
                    drafts.Add(new Draft(primary.Id, primary.Members, primary.KazakhShare, submission.At, submission.Month));
                }
            }
        }

        return drafts;
    }

    private static double Weight(PrimaryOrg primary) =>
        (primary.Participates ? 1.0 : 0.2) * (primary.IsLarge ? 2.2 + (primary.Members / 2500.0) : 1);

    private static (DateTime At, int Month)? Submission(Random random, PrimaryOrg primary, CampaignCalendar calendar)
    {
        var month = SubmissionMonth.Next(random);
        if (month == 0)
        {
            // Only primaries that existed before the campaign can have sent a story before it.
            return primary.ActiveFrom == calendar.Start
                ? (SubmittedAt(random, calendar.Start.AddDays(-random.Between(1, 25))), 0)
                : null;
        }

        // A participant of month 2 usually sends its help story that month (control indicator M2).
        if (primary.ActiveMonths[1] && random.Chance(0.35))
        {
            month = 2;
        }

        return primary.OpenDays(calendar, month) is { } open
            ? (SubmittedAt(random, CampaignCalendar.Between(random, open.First, open.Last)), month)
            : null;
    }

    private static DateTime SubmittedAt(Random random, DateOnly day) => CampaignCalendar.At(random, day, 9, 21.5);

    private static void WriteRow(CsvWriter csv, Random random, string caseId, Draft draft)
    {
        var category = CaseTexts.Categories[CategoryPicker.Next(random)];
        var helped = WorkersHelped(random, category.Code, draft.Members);
        var amount = Amount(random, category.Code, helped);
        var phrases = random.Chance(draft.KazakhShare) ? category.Kk : category.Ru;
        var results = phrases.Results.Where(r => r.Contains("{amount}", StringComparison.Ordinal) == amount.HasValue).ToList();
        var result = random.Pick(results.Count > 0 ? results : phrases.Results.Where(r => !r.Contains("{amount}", StringComparison.Ordinal)).ToList());
        string Fill(string text) => text
            .Replace("{n}", helped.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{months}", random.Between(2, 4).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pct}", random.Between(7, 20).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{amount}", amount is { } a ? a.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ') : "", StringComparison.Ordinal);

        var decidedAt = DateOnly.FromDateTime(draft.SubmittedAt).AddDays(-Math.Min(400, (int)random.LogNormal(18, 1.0)));
        csv.Text(caseId).Text(draft.OrgId).Text(category.Code)
            .Text(Fill(random.Pick(phrases.Titles))).Text(Fill(random.Pick(phrases.Problems)))
            .Text(Fill(random.Pick(phrases.Actions))).Text(Fill(result))
            .Number(helped).Money(amount).Date(decidedAt).Text(Status.Next(random))
            .Flag(BestPractice.Next(random)).Time(draft.SubmittedAt);
        csv.EndRow();
    }

    private static int WorkersHelped(Random random, string category, int members)
    {
        var helped = category switch
        {
            "reinstatement" => random.Between(1, 3),
            "wage_recovery" => (int)random.LogNormal(12, 1.3),
            "court_decision" => (int)random.LogNormal(4, 1.2),
            "collective_bargaining" => (int)(members * random.Between(0.6, 1.0)),
            "safety" => (int)random.LogNormal(25, 1.0),
            "social_support" => (int)random.LogNormal(5, 1.0),
            _ => (int)random.LogNormal(15, 0.8),
        };
        return Math.Clamp(helped, 1, Math.Max(1, members));
    }

    private static decimal? Amount(Random random, string category, int helped)
    {
        var (chance, perWorker) = category switch
        {
            "wage_recovery" => (1.0, 280_000.0),
            "court_decision" => (0.7, 450_000.0),
            "reinstatement" => (0.5, 900_000.0),
            "social_support" => (0.85, 120_000.0),
            "collective_bargaining" => (0.3, 60_000.0),
            "safety" => (0.15, 40_000.0),
            _ => (0.1, 30_000.0),
        };
        if (!random.Chance(chance))
        {
            return null;
        }

        var amount = (decimal)Math.Round(helped * random.LogNormal(perWorker, 0.6) / 100) * 100;
        // Some forms carry tiyn: keeps the decimal column honest.
        return random.Chance(0.05) ? amount + 0.5m : amount;
    }
}
