namespace Analytics.Etl.Tests;

public sealed class AppealsLoadTests : LoadingTestBase
{
    private const string Header = "appeal_id,received_at,channel,kind,org_id,topic,text,first_response_at,resolved_at,status,satisfaction,appellant_key";

    [Fact]
    public void Load_TimestampWithoutOffset_IsLocalTimeStoredAsUtc()
    {
        WriteRegistry();
        Warehouse.Write("appeals.csv", Header,
            "A1,2026-09-30 23:30,web,question,P1,wages,,,,new,,",
            "A2,2026-09-30T23:30:00+05:00,web,question,P1,wages,,,,new,,",
            "A3,2026-09-30T18:30:00Z,web,question,P1,wages,,,,new,,",
            "A4,30.09.2026 23:30,web,question,P1,wages,,,,new,,");

        Load();

        // 23:30 local at UTC+05:00 is 18:30 UTC, whichever way it is written.
        Assert.All(Query<DateTime>("select received_at from raw.appeals"), at => Assert.Equal(new DateTime(2026, 9, 30, 18, 30, 0), at));
    }

    [Fact]
    public void Load_TimestampWithOffset_KeepsItsMicrosecondsAndAnyOffset()
    {
        WriteRegistry();
        Warehouse.Write("appeals.csv", Header,
            "A1,2026-09-30T23:30:00.123456+05:00,web,question,P1,wages,,,,new,,",
            "A2,2026-09-30T10:00:00-03:30,web,question,P1,wages,,,,new,,",
            "A3,2026-09-30 23:30:00+0530,web,question,P1,wages,,,,new,,",
            "A4,2000-01-01T00:00:00.5+14,web,question,P1,wages,,,,new,,");

        Load();

        // 23:30:00.123456 at +05:00 is 18:30:00.123456 UTC; 10:00 at -03:30 is 13:30; 23:30 at +05:30 is 18:00;
        // half a second past midnight at +14:00 is 10:00:00.5 of the day before.
        Assert.Equal(
            [
                ("A1", new DateTime(2026, 9, 30, 18, 30, 0).AddTicks(1_234_560)),
                ("A2", new DateTime(2026, 9, 30, 13, 30, 0)),
                ("A3", new DateTime(2026, 9, 30, 18, 0, 0)),
                ("A4", new DateTime(1999, 12, 31, 10, 0, 0).AddMilliseconds(500)),
            ],
            Query<(string, DateTime)>("select appeal_id, received_at from raw.appeals order by appeal_id"));
    }

    [Fact]
    public void Load_ResponseBeforeReceipt_IsQuarantined()
    {
        WriteRegistry();
        Warehouse.Write("appeals.csv", Header,
            "A1,2026-09-10T10:00:00+05:00,web,question,P1,wages,,2026-09-10T09:59:00+05:00,,new,,",
            "A2,2026-09-10T10:00:00+05:00,web,question,P1,wages,,2026-09-10T10:00:00+05:00,,new,,");

        var result = LoadFile("appeals.csv");

        Assert.Equal((1L, 1L), (result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal("first_response_at", Assert.Single(result.Examples).Column);
    }

    [Fact]
    public void Load_TextWithContacts_IsScrubbedAndAppellantKeyHashed()
    {
        WriteRegistry();
        Warehouse.Write("appeals.csv", Header,
            "A1,2026-09-10T10:00:00+05:00,web,question,P1,,\"Звоните +7 701 123 45 67 или 87011234567, пишите a.b@mail.kz, ИИН 900101300123\",,,new,,ak-42");

        Load();

        var (text, key) = Query<(string, string)>("select text, appellant_key from raw.appeals").Single();
        Assert.Equal("Звоните [телефон] или [телефон], пишите [email], ИИН [ИИН/БИН]", text);
        Assert.Equal(Key.Hash("ak-42"), key);
        Assert.Equal(64, key.Length);
    }
}
