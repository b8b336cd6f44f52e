using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Events;

/// <summary>Events organised by the federation, the sector unions and the territorial associations themselves.</summary>
internal static class UnionEvents
{
    private const double UnionKazakhShare = 0.35;

    public static void WriteFederation(EventRow rows, Random random, CampaignCalendar calendar)
    {
        var id = SampleRegistry.FederationId;
        Emit(rows, random, id, EventTypes.Launch, calendar.Start.AddDays(random.Between(0, 2)), true, UnionKazakhShare);
        Emit(rows, random, id, EventTypes.UnionInNumbers, calendar.DayInWeek(random, 7), true, UnionKazakhShare);
        Emit(rows, random, id, EventTypes.BecauseAction, calendar.DayInWeek(random, 14), true, UnionKazakhShare);
        Emit(rows, random, id, EventTypes.SolidarityDay, calendar.DayInWeek(random, 16), true, UnionKazakhShare);
        for (var month = 1; month <= CampaignCalendar.Months; month++)
        {
            Emit(rows, random, id, EventTypes.LegalAidDay, calendar.DayInMonth(random, month), true, UnionKazakhShare);
            Emit(rows, random, id, EventTypes.ReceptionDay, calendar.DayInMonth(random, month), true, UnionKazakhShare);
        }

        Emit(rows, random, id, EventTypes.BestPracticeExchange, calendar.DayInMonth(random, random.Between(2, 4)), true, UnionKazakhShare);
        Emit(rows, random, id, EventTypes.ActivistTraining, calendar.DayInWeek(random, 13), true, UnionKazakhShare);
        Emit(rows, random, id, EventTypes.Other, calendar.DayInMonth(random, random.Between(1, 4)), true, UnionKazakhShare);
    }

    public static void WriteSector(EventRow rows, Random random, SectorUnion sector, CampaignCalendar calendar)
    {
        void Maybe(double chance, EventType type, Func<DateOnly> day)
        {
            if (random.Chance(chance))
            {
                Emit(rows, random, sector.Id, type, day(), false, UnionKazakhShare);
            }
        }

        Maybe(0.75, EventTypes.Launch, () => calendar.DayInWeek(random, 1));
        Maybe(0.5, EventTypes.QuestionsToChair, () => calendar.DayInWeek(random, 3));
        Maybe(0.6, EventTypes.PrimaryWeek, () => calendar.DayInWeek(random, 8));
        Maybe(0.4, EventTypes.DayWithUnion, () => calendar.DayInWeek(random, 6));
        Maybe(0.85, EventTypes.SectorForum, () => calendar.DayInMonth(random, random.Between(2, 4)));
        Maybe(0.4, EventTypes.ThanksForLabor, () => calendar.DayInMonth(random, 3));
        Maybe(0.5, EventTypes.YouthInitiative, () => calendar.DayInMonth(random, random.Between(1, 4)));
        Maybe(0.5, EventTypes.SolidarityDay, () => calendar.DayInWeek(random, 16));
        for (var i = random.Between(1, 3); i > 0; i--)
        {
            Maybe(1, EventTypes.ActivistTraining, () => random.Chance(0.6) ? calendar.DayInWeek(random, 13) : calendar.DayInMonth(random, random.Between(1, 4)));
        }

        for (var i = random.Between(0, 2); i > 0; i--)
        {
            Maybe(1, EventTypes.BestPracticeExchange, () => calendar.DayInMonth(random, random.Between(2, 4)));
        }

        for (var month = 1; month <= CampaignCalendar.Months; month++)
        {
            Maybe(0.6, EventTypes.LegalAidDay, () => calendar.DayInMonth(random, month));
        }
    }

    public static void WriteTerritory(EventRow rows, Random random, Territory territory, CampaignCalendar calendar)
    {
        void Maybe(double chance, EventType type, Func<DateOnly> day)
        {
            if (random.Chance(chance))
            {
                Emit(rows, random, territory.Id, type, day(), false, territory.KazakhShare);
            }
        }

        Maybe(0.8, EventTypes.Launch, () => calendar.DayInWeek(random, 1));
        Maybe(0.9, EventTypes.RegionalUnionDay, () => calendar.DayInMonth(random, random.Chance(0.7) ? random.Between(2, 3) : random.Pick([1, 4])));
        Maybe(0.4, EventTypes.GenerationsMeeting, () => calendar.DayInWeek(random, 10));
        Maybe(0.5, EventTypes.ThanksForLabor, () => calendar.DayInWeek(random, 9));
        Maybe(0.7, EventTypes.SolidarityDay, () => calendar.DayInWeek(random, 16));
        Maybe(0.4, EventTypes.YouthInitiative, () => calendar.DayInMonth(random, random.Between(1, 4)));
        for (var i = random.Between(1, 2); i > 0; i--)
        {
            Maybe(1, EventTypes.ActivistTraining, () => calendar.DayInMonth(random, random.Chance(0.6) ? 4 : random.Between(1, 3)));
        }

        for (var month = 1; month <= CampaignCalendar.Months; month++)
        {
            Maybe(0.8, EventTypes.LegalAidDay, () => calendar.DayInMonth(random, month));
            Maybe(0.7, EventTypes.ReceptionDay, () => calendar.DayInMonth(random, month));
            Maybe(0.4, EventTypes.SafetyDay, () => calendar.DayInMonth(random, month));
        }
    }

    private static void Emit(EventRow rows, Random random, string orgId, EventType type, DateOnly date, bool federation, double kazakhShare) =>
        rows.Write(orgId, type, date, Participants.ForUnion(random, type, federation), type == EventTypes.YouthInitiative ? 0.85 : 0.3, kazakhShare);
}
