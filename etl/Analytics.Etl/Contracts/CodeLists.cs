namespace Analytics.Etl.Contracts;

/// <summary>The closed code lists of the input contract.</summary>
public static class CodeLists
{
    public static readonly IReadOnlyList<string> Levels = ["federation", "sector", "territorial", "primary"];

    public static readonly IReadOnlyList<string> Regions =
    [
        "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
        "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
    ];

    public static readonly IReadOnlyList<string> EventTypes =
    [
        "launch", "unified_day", "members_meeting", "questions_to_chair", "reception_day", "primary_week",
        "legal_aid_day", "safety_day", "union_in_numbers", "day_with_union", "thanks_for_labor", "dynasty_event",
        "generations_meeting", "labor_person_contest", "youth_initiative", "activist_training",
        "best_practice_exchange", "sector_forum", "regional_union_day", "because_action", "solidarity_day", "other",
    ];

    public static readonly IReadOnlyList<string> EventFormats = ["offline", "online", "mixed"];

    public static readonly IReadOnlyList<string> AppealChannels =
        ["web", "whatsapp", "telegram", "phone", "hotline", "email", "in_person", "reception_day", "legal_aid_day"];

    public static readonly IReadOnlyList<string> AppealKinds = ["question", "complaint", "suggestion", "rating", "problem"];

    public static readonly IReadOnlyList<string> AppealTopics =
    [
        "wages", "dismissal", "working_time", "leave", "safety", "collective_agreement",
        "social_support", "housing", "pensions", "discrimination", "union_work", "other",
    ];

    public static readonly IReadOnlyList<string> AppealStatuses = ["new", "in_progress", "resolved", "explained", "redirected", "rejected"];

    public static readonly IReadOnlyList<string> AgeGroups = ["youth", "adult", "unknown"];

    public static readonly IReadOnlyList<string> CaseCategories =
        ["reinstatement", "wage_recovery", "court_decision", "collective_bargaining", "safety", "social_support", "youth_project"];

    public static readonly IReadOnlyList<string> CaseStatuses = ["draft", "published", "rejected"];

    public static readonly IReadOnlyList<string> MediaPlatforms =
        ["website", "telegram", "instagram", "facebook", "tiktok", "youtube", "vk", "tv", "radio", "print", "other"];

    public static readonly IReadOnlyList<string> MediaFormats = ["text", "video", "photo", "infographic", "podcast"];

    public static readonly IReadOnlyList<string> ThreatSourceTypes =
        ["media", "telegram", "youtube", "tiktok", "instagram", "facebook", "statement", "member_appeal", "other"];

    public static readonly IReadOnlyList<string> ThreatSigns =
        ["criticism", "repeated_thesis", "coordinated_publication", "bypass_structures", "election_interference"];

    public static readonly IReadOnlyList<string> ThreatLevels = ["low", "medium", "high", "critical"];

    public static readonly IReadOnlyList<string> RegimeReasons =
        ["election", "congress", "conference", "personnel", "charter", "political_campaign"];

    public static readonly IReadOnlyList<string> TrainingTopics =
        ["communications", "appeals", "digital_tools", "disinformation", "social_media", "chair_school", "young_leader_school", "other"];

    public static readonly IReadOnlyList<string> ConfirmationStatuses = ["confirmed", "returned"];

    public static readonly IReadOnlyList<string> AmbassadorCategories = ["youth_leader", "primary_chair", "tech_inspector", "activist"];
}
