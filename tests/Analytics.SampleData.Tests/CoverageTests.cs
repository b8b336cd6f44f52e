namespace Analytics.SampleData.Tests;

/// <summary>Every code of the contract's closed lists occurs, so every branch of the warehouse gets data.</summary>
[Collection(SmallSampleGroup.Name)]
public sealed class CoverageTests(SmallSampleFixture sample)
{
    public static TheoryData<string, string, string[]> CodeLists => new()
    {
        {
            "events.csv", "type",
            [
                "launch", "unified_day", "members_meeting", "questions_to_chair", "reception_day", "primary_week", "legal_aid_day",
                "safety_day", "union_in_numbers", "day_with_union", "thanks_for_labor", "dynasty_event", "generations_meeting",
                "labor_person_contest", "youth_initiative", "activist_training", "best_practice_exchange", "sector_forum",
                "regional_union_day", "because_action", "solidarity_day", "other",
            ]
        },
        { "events.csv", "format", ["offline", "online", "mixed"] },
        { "appeals.csv", "channel", ["web", "whatsapp", "telegram", "phone", "hotline", "email", "in_person", "reception_day", "legal_aid_day"] },
        { "appeals.csv", "kind", ["question", "complaint", "suggestion", "rating", "problem"] },
        { "appeals.csv", "status", ["new", "in_progress", "resolved", "explained", "redirected", "rejected"] },
        {
            "appeals.csv", "topic",
            ["wages", "dismissal", "working_time", "leave", "safety", "collective_agreement", "social_support", "housing", "pensions", "discrimination", "union_work", "other"]
        },
        { "appeals.csv", "age_group", ["youth", "adult", "unknown"] },
        { "cases.csv", "category", ["reinstatement", "wage_recovery", "court_decision", "collective_bargaining", "safety", "social_support", "youth_project"] },
        { "cases.csv", "status", ["draft", "published", "rejected"] },
        { "media.csv", "platform", ["website", "telegram", "instagram", "facebook", "tiktok", "youtube", "vk", "tv", "radio", "print", "other"] },
        { "media.csv", "format", ["text", "video", "photo", "infographic", "podcast"] },
        { "threat_journal.csv", "source_type", ["media", "telegram", "youtube", "tiktok", "instagram", "facebook", "statement", "member_appeal", "other"] },
        { "threat_journal.csv", "sign", ["criticism", "repeated_thesis", "coordinated_publication", "bypass_structures", "election_interference"] },
        { "threat_journal.csv", "level", ["low", "medium", "high", "critical"] },
        { "monitoring_regimes.csv", "reason", ["election", "congress", "conference", "personnel", "charter", "political_campaign"] },
        { "trainings.csv", "topic", ["communications", "appeals", "digital_tools", "disinformation", "social_media", "chair_school", "young_leader_school", "other"] },
        { "ambassadors.csv", "category", ["youth_leader", "primary_chair", "tech_inspector", "activist"] },
        { "confirmations.csv", "status", ["confirmed", "returned"] },
    };

    [Theory]
    [MemberData(nameof(CodeLists))]
    public void Write_ClosedList_EveryCodeOccursAndNothingElse(string fileName, string column, string[] codes)
    {
        var values = sample.Table(fileName).Column(column).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(codes.Order(StringComparer.Ordinal), values.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_Appeals_SomeWithoutTopicButWithText()
    {
        var appeals = sample.Table("appeals.csv");
        var untagged = appeals.Rows.Where(r => appeals[r, "topic"].Length == 0).ToList();
        Assert.InRange(untagged.Count / (double)appeals.Rows.Count, 0.3, 0.5);
        Assert.All(untagged, r => Assert.NotEmpty(appeals[r, "text"]));
    }

    [Fact]
    public void Write_Surveys_AnswersInRange()
    {
        var surveys = sample.Table("surveys.csv");
        Assert.All(surveys.Column("trust"), t => Assert.InRange(int.Parse(t, System.Globalization.CultureInfo.InvariantCulture), 1, 10));
        Assert.All(surveys.Column("satisfaction").Where(s => s.Length > 0), s => Assert.InRange(int.Parse(s, System.Globalization.CultureInfo.InvariantCulture), 1, 5));
    }

    [Fact]
    public void Write_Ambassadors_SomeJoinedBeforeTheCampaign()
    {
        var ambassadors = sample.Table("ambassadors.csv");
        Assert.Contains(ambassadors.Column("joined_at"), d => string.CompareOrdinal(d, "2026-09-01") < 0);
        Assert.All(ambassadors.Column("ambassador_id"), id => Assert.Matches("^amb-[0-9a-f]{12}$", id));
    }

    [Fact]
    public void Write_MonitoringRegimes_OneCoversTheLastWeeks()
    {
        var regimes = sample.Table("monitoring_regimes.csv");
        Assert.Contains(regimes.Rows, r => string.CompareOrdinal(regimes[r, "starts"], "2026-12-15") <= 0 && string.CompareOrdinal(regimes[r, "ends"], "2026-12-31") >= 0);
    }
}
