using System.Text;
using Analytics.Etl.Loading;
using Analytics.TestSupport;

namespace Analytics.Etl.Tests;

public sealed class EventsLoadTests : LoadingTestBase
{
    private const string Header = "event_id,org_id,type,date,participants,youth_participants,title,format,submitted_at";

    [Fact]
    public void Load_BadRows_QuarantinesEachOnceWithFirstFailingColumnAndKeepsTheRest()
    {
        WriteRegistry();
        Warehouse.Write("events.csv",
            Header,
            "E1,P1,unified_day,2026-09-03,40,10,Единый день,offline,2026-09-04T10:00:00+05:00",
            "E2,P404,unified_day,2026-09-03,40,10,,offline,",          // unknown organisation
            "E3,P1,picnic,2026-09-03,40,10,,offline,",                 // type not a code
            "E4,P1,unified_day,03.09.2026,40,50,,offline,",           // youth above participants
            "E5,P1,unified_day,2026-09-31,x,10,,offline,",            // date first (contract order), then participants
            "E6,P1,unified_day,2026-09-03,40");                        // too few fields

        var result = LoadFile("events.csv");

        Assert.Equal((6L, 1L, 5L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal(
            [(3L, "org_id"), (4L, "type"), (5L, "youth_participants"), (6L, "date"), (7L, (string?)null)],
            result.Examples.Select(cell => (cell.Row, cell.Column)));
    }

    [Fact]
    public void Load_MissingRequiredColumn_RefusesFileWithClearMessage()
    {
        WriteRegistry();
        Warehouse.Write("events.csv", "event_id,org_id,date,participants", "E1,P1,2026-09-03,4");

        var result = LoadFile("events.csv");

        Assert.Equal(FileLoadStatus.Refused, result.Status);
        Assert.Contains("нет обязательных столбцов: type", result.Message, StringComparison.Ordinal);
        Assert.Contains("міндетті бағандар жоқ: type", result.Note!.Kk, StringComparison.Ordinal);
        Assert.Empty(Query<string>("select event_id from raw.events"));
    }

    [Fact]
    public void Load_SameFileTwice_ChangesNothingTheSecondTime()
    {
        WriteRegistry();
        Warehouse.Write("events.csv", Header, "E1,P1,unified_day,2026-09-03,40,10,,offline,");
        Load();

        var second = Load();

        Assert.All(second.Files.Where(file => file.Dataset is not null), file => Assert.Equal(FileLoadStatus.Duplicate, file.Status));
        Assert.Equal(1, Query<long>("select count(*) from raw.events").Single());
    }

    /// <summary>The contract's byte-identical rule holds, and the message says the rows quarantined the first time stay there.</summary>
    [Fact]
    public void Load_SameFileAfterTheRegistryCame_SaysItsQuarantinedRowsStay()
    {
        Warehouse.Write("campaign.json", SmallFederation.Campaign);
        Warehouse.Write("events.csv", Header, "E1,P1,unified_day,2026-09-03,40,10,,offline,");
        Assert.Equal(1L, LoadFile("events.csv").RowsQuarantined);
        Warehouse.Write("organisations.csv", SmallFederation.Organisations);

        var second = LoadFile("events.csv");

        Assert.Equal(FileLoadStatus.Duplicate, second.Status);
        Assert.Contains("строки, попавшие тогда в карантин (1), там и остались, даже если их причина уже устранена", second.Message, StringComparison.Ordinal);
        Assert.Contains("сол кезде карантинге түскен жолдар (1) себебі жойылса да сонда қалды", second.Note!.Kk, StringComparison.Ordinal);
        Assert.Empty(Query<string>("select event_id from raw.events"));
    }

    [Fact]
    public void Load_SemicolonsDecimalCommaAndWindows1251_GiveTheSameRowsAsUtf8()
    {
        WriteRegistry();
        Load();
        Warehouse.ClearInbox();
        var text = "event_id;org_id;type;date;participants;title\nE1;P1;unified_day;03.09.2026;1 240;Единый день\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(Warehouse.Inbox, "events_cp1251.csv"), Encoding.GetEncoding(1251).GetBytes(text));

        var result = LoadFile("events_cp1251.csv");

        Assert.Equal(1L, result.RowsLoaded);
        var row = Query<(string Title, long Participants, DateTime Date)>("select title, participants, \"date\"::timestamp from raw.events").Single();
        Assert.Equal(("Единый день", 1240L, new DateTime(2026, 9, 3)), row);
    }

    [Fact]
    public void Load_UnknownFiles_AreReportedAndLeftAlone()
    {
        WriteRegistry();
        Warehouse.Write("notes.txt", "hello");
        Warehouse.Write("events.xlsx", "not a workbook");

        var files = Load().Files;

        Assert.Equal(FileLoadStatus.Unknown, files.Single(file => file.FileName == "notes.txt").Status);
        Assert.Equal(FileLoadStatus.Unknown, files.Single(file => file.FileName == "events.xlsx").Status);
    }

    /// <summary>Input contract: dates YYYY-MM-DD or DD.MM.YYYY; thousands separators between groups of three digits.</summary>
    [Theory]
    [InlineData("2026-09-02", "12", true)]
    [InlineData("02.09.2026", "1 200", true)]
    [InlineData("02.09.2026", "1\u00A0200", true)]
    [InlineData("2.9.2026", "12", false)]
    [InlineData("2026-9-2", "12", false)]
    [InlineData("02.09.26", "12", false)]
    [InlineData("2026-09-02", "12 34 5", false)]
    [InlineData("2026-09-02", "1 2345", false)]
    public void Load_DateAndCount_OnlyInTheContractsForms(string date, string participants, bool loads)
    {
        WriteRegistry();
        Warehouse.Write("events.csv", Header, $"E1,P1,unified_day,{date},\"{participants}\",,,offline,");

        var result = LoadFile("events.csv");

        Assert.Equal(loads ? (1L, 0L) : (0L, 1L), (result.RowsLoaded, result.RowsQuarantined));
        if (!loads)
        {
            Assert.Equal(date.Length == 10 ? "participants" : "date", Assert.Single(result.Examples).Column);
        }
    }

    /// <summary>Input contract: timestamps ISO 8601 or DD.MM.YYYY HH:MM[:SS], digits counted as for dates.</summary>
    [Theory]
    [InlineData("2026-09-02T10:00:00+05:00", true)]
    [InlineData("2026-09-02 10:00", true)]
    [InlineData("2026-09-02T05:00:00Z", true)]
    [InlineData("2026-09-02", true)]
    [InlineData("02.09.2026 10:00", true)]
    [InlineData("02.09.2026 10:00:30", true)]
    [InlineData("2.9.2026 10:00", false)]
    [InlineData("2026-9-2T10:00", false)]
    [InlineData("2026-9-2 10:00", false)]
    [InlineData("02.09.2026 9:05", false)]
    public void Load_SubmittedAt_OnlyInTheContractsForms(string submittedAt, bool loads)
    {
        WriteRegistry();
        Warehouse.Write("events.csv", Header, $"E1,P1,unified_day,2026-09-02,12,,,offline,{submittedAt}");

        var result = LoadFile("events.csv");

        Assert.Equal(loads ? (1L, 0L) : (0L, 1L), (result.RowsLoaded, result.RowsQuarantined));
        if (loads)
        {
            // stored as UTC: the local (UTC+05:00) day is the one written
            Assert.Equal(new DateTime(2026, 9, 2), Query<DateTime>("select submitted_at from raw.events").Single().AddHours(5).Date);
        }
    }
}
