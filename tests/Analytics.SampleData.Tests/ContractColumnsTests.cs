namespace Analytics.SampleData.Tests;

[Collection(SmallSampleGroup.Name)]
public sealed class ContractColumnsTests(SmallSampleFixture sample)
{
    // Copied from /work/shared/spec/input-contract.md, in contract order.
    public static TheoryData<string, string[]> ContractColumns => new()
    {
        { "organisations.csv", ["org_id", "level", "name_ru", "name_kk", "bin", "sector_id", "territorial_id", "region", "members", "youth_members", "valid_from", "active"] },
        { "events.csv", ["event_id", "org_id", "type", "date", "participants", "youth_participants", "title", "format", "submitted_at"] },
        {
            "org_reports.csv",
            [
                "org_id", "period", "workers_reached_month", "workers_reached_total", "appeals_offline", "appeals_offline_resolved",
                "legal_aid_consultations", "reception_visitors", "safety_participants", "because_participants", "help_story_case_id", "submitted_at",
            ]
        },
        {
            "appeals.csv",
            [
                "appeal_id", "received_at", "channel", "kind", "org_id", "topic", "text", "first_response_at", "resolved_at", "status",
                "satisfaction", "is_member", "age_group", "appellant_key", "updated_at",
            ]
        },
        { "cases.csv", ["case_id", "org_id", "category", "title", "problem", "actions", "result", "workers_helped", "amount_kzt", "decided_at", "status", "best_practice", "submitted_at"] },
        { "media.csv", ["publication_id", "org_id", "published_at", "platform", "format", "project", "reach", "views", "engagements", "url", "best"] },
        {
            "threat_journal.csv",
            [
                "entry_id", "org_id", "detected_at", "source_type", "source_name", "author", "summary", "reach", "sign", "level",
                "facts_collected_at", "position_drafted_at", "position_delivered_at",
            ]
        },
        { "monitoring_regimes.csv", ["org_id", "starts", "ends", "reason"] },
        { "surveys.csv", ["response_id", "org_id", "answered_at", "trust", "satisfaction", "aware_of_results", "age_group"] },
        { "trainings.csv", ["training_id", "org_id", "date", "topic", "trainees", "youth_trainees"] },
        { "ambassadors.csv", ["ambassador_id", "org_id", "category", "joined_at", "publications", "events_organised"] },
        { "confirmations.csv", ["confirmation_id", "org_id", "period", "status", "confirmed_at", "confirmed_by", "comment"] },
    };

    [Theory]
    [MemberData(nameof(ContractColumns))]
    public void Write_EveryCsv_HasTheContractColumnsInOrder(string fileName, string[] columns)
    {
        Assert.Equal(columns, sample.Table(fileName).Header);
    }

    [Fact]
    public void Write_Summary_ListsEveryFileWithItsDataRows()
    {
        var expected = ContractColumns.Select(row => (string)row[0]).Append("campaign.json").Append("targets.json").Order(StringComparer.Ordinal);
        Assert.Equal(expected, sample.Summary.Keys.Order(StringComparer.Ordinal));
        foreach (var fileName in sample.Summary.Keys.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            Assert.Equal(sample.Summary[fileName], sample.Table(fileName).Rows.Count);
        }
    }

    [Fact]
    public void Write_Files_AreUtf8WithoutBomAndLfLineEnds()
    {
        foreach (var path in Directory.GetFiles(sample.Directory))
        {
            var bytes = File.ReadAllBytes(path);
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], $"{Path.GetFileName(path)} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }
}
