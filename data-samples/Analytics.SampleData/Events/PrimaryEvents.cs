using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Events;

/// <summary>
/// What a participating primary organises in each month it is active: the month's stage
/// events (unified day in month 1, "Person of labour" in month 3, ...) and the monthly service days.
/// </summary>
internal static class PrimaryEvents
{
    private static readonly (EventType Type, double Chance, int? WeekInMonth)[][] StageEvents =
    [
        [(EventTypes.UnifiedDay, 0.97, 2), (EventTypes.MembersMeeting, 0.55, null), (EventTypes.QuestionsToChair, 0.45, 3)],
        [
            (EventTypes.PrimaryWeek, 0.35, 4), (EventTypes.UnionInNumbers, 0.3, 3), (EventTypes.DayWithUnion, 0.18, 2),
            (EventTypes.MembersMeeting, 0.35, null), (EventTypes.QuestionsToChair, 0.15, null), (EventTypes.YouthInitiative, 0.08, null),
        ],
        [
            (EventTypes.ThanksForLabor, 0.5, 1), (EventTypes.DynastyEvent, 0.22, 2), (EventTypes.GenerationsMeeting, 0.3, 2),
            (EventTypes.LaborPersonContest, 0.22, 3), (EventTypes.MembersMeeting, 0.25, null), (EventTypes.YouthInitiative, 0.1, null),
        ],
        [
            (EventTypes.ActivistTraining, 0.22, 1), (EventTypes.BecauseAction, 0.5, 2), (EventTypes.YouthInitiative, 0.22, null),
            (EventTypes.SolidarityDay, 0.55, 4), (EventTypes.BestPracticeExchange, 0.1, null), (EventTypes.MembersMeeting, 0.3, null),
        ],
    ];

    public static void Write(EventRow rows, Random random, PrimaryOrg primary, CampaignCalendar calendar)
    {
        for (var month = 1; month <= CampaignCalendar.Months; month++)
        {
            if (!primary.ActiveMonths[month - 1] || primary.OpenDays(calendar, month) is not { } open)
            {
                continue;
            }

            foreach (var (type, chance, week) in StageEvents[month - 1])
            {
                if (random.Chance(chance))
                {
                    Emit(rows, random, primary, type, Day(random, calendar, month, week, open));
                }
            }

            var large = primary.IsLarge;
            foreach (var type in (ReadOnlySpan<EventType>)[EventTypes.LegalAidDay, EventTypes.ReceptionDay, EventTypes.SafetyDay])
            {
                // Large primaries hold service days at several sites.
                var count = (random.Chance(large ? 0.85 : 0.48) ? 1 : 0) + (large ? random.Poisson(primary.Members / 900.0) : 0);
                for (var i = 0; i < count; i++)
                {
                    Emit(rows, random, primary, type, Day(random, calendar, month, null, open));
                }
            }

            if (random.Chance(0.12))
            {
                Emit(rows, random, primary, EventTypes.Other, Day(random, calendar, month, null, open));
            }
        }
    }

    private static void Emit(EventRow rows, Random random, PrimaryOrg primary, EventType type, DateOnly date)
    {
        var youthShare = type == EventTypes.YouthInitiative ? random.Between(0.7, 1.0)
            : type == EventTypes.BecauseAction ? Math.Min(1, primary.YouthShare * 1.6)
            : primary.YouthShare;
        rows.Write(primary.Id, type, date, Participants.ForPrimary(random, type, primary.Members, primary.YouthShare), youthShare, primary.KazakhShare);
    }

    private static DateOnly Day(Random random, CampaignCalendar calendar, int month, int? weekInMonth, (DateOnly First, DateOnly Last) open)
    {
        if (weekInMonth is { } w && random.Chance(0.85))
        {
            var (first, last) = calendar.Week(((month - 1) * 4) + w);
            first = first < open.First ? open.First : first;
            last = last > open.Last ? open.Last : last;
            if (first <= last)
            {
                return CampaignCalendar.Between(random, first, last);
            }
        }

        return CampaignCalendar.Between(random, open.First, open.Last);
    }
}
