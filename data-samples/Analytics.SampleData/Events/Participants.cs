namespace Analytics.SampleData.Events;

/// <summary>How many people an event gathers.</summary>
internal static class Participants
{
    public static int ForPrimary(Random random, EventType type, int members, double youthShare)
    {
        double count = type.Code switch
        {
            "unified_day" => Math.Min(members * random.Between(0.35, 0.9), 4_000),
            "members_meeting" => Math.Min(members * random.Between(0.15, 0.6), 800),
            "questions_to_chair" => Math.Min(members * random.Between(0.1, 0.4), 400),
            "reception_day" or "legal_aid_day" => 1 + (Math.Sqrt(members) * random.Between(0.3, 1.4)),
            "safety_day" => Math.Min(members * random.Between(0.1, 0.5), 1_500),
            "primary_week" => Math.Min(members * random.Between(0.2, 0.7), 1_500),
            "union_in_numbers" => Math.Min(members * random.Between(0.3, 0.9), 5_000),
            "day_with_union" => random.Between(3, 30),
            "thanks_for_labor" => Math.Min(members * random.Between(0.2, 0.6), 600),
            "dynasty_event" => random.Between(8, 60),
            "generations_meeting" => random.Between(10, 80),
            "labor_person_contest" => Math.Min(members * random.Between(0.1, 0.4), 500),
            "youth_initiative" => members * youthShare * random.Between(0.3, 0.9),
            "activist_training" or "best_practice_exchange" => random.Between(5, 40),
            "because_action" => Math.Min(members * random.Between(0.05, 0.35), 1_000),
            "solidarity_day" => Math.Min(members * random.Between(0.3, 0.8), 3_000),
            _ => members * random.Between(0.1, 0.6),
        };
        return Math.Clamp((int)Math.Round(count), 1, Math.Max(1, members));
    }

    /// <summary>Events of a union or the federation: activists and guests, not the whole membership.</summary>
    public static int ForUnion(Random random, EventType type, bool federation) => type.Code switch
    {
        "launch" or "solidarity_day" => federation ? random.Between(1_500, 5_000) : random.Between(150, 1_200),
        "regional_union_day" or "sector_forum" => random.Between(120, 900),
        "legal_aid_day" or "reception_day" => random.Between(10, 160),
        _ => random.Between(20, 300),
    };
}
