using Analytics.Etl.Loading;

namespace Analytics.Etl.Tests.Faults;

/// <summary>Issue 10, "personal data leaving the warehouse": contacts and IINs are masked wherever text is kept or shown.</summary>
public sealed class ScrubbingTests : LoadingTestBase
{
    private const string Header = "appeal_id,received_at,channel,kind,org_id,topic,text,first_response_at,resolved_at,status,satisfaction,appellant_key";

    [Theory]
    [InlineData("Звоните 7 701 123 45 67", "Звоните [телефон]")]
    [InlineData("Звоните 701 123 45 67 вечером", "Звоните [телефон] вечером")]
    [InlineData("Пишите wa.me/77011234567", "Пишите wa.me/[телефон]")]
    [InlineData("тел.87011234567, +7 (7172) 12-34-56", "тел.[телефон], [телефон]")]
    [InlineData("почта иванов@почта.рф", "почта [email]")]
    [InlineData("ИИН 900101 300125.", "ИИН [ИИН/БИН].")]
    [InlineData("ИИН900101300125", "ИИН[ИИН/БИН]")]
    [InlineData("Долг 120 000 тенге с 10.07.2026, 15 человек", "Долг 120 000 тенге с 10.07.2026, 15 человек")]
    [InlineData("ИИН 900 101 300 125, звоните", "ИИН [ИИН/БИН], звоните")]
    [InlineData("ИИН 9001-0130-0125.", "ИИН [ИИН/БИН].")]
    [InlineData("ИИН: 900101-300125", "ИИН: [ИИН/БИН]")]
    [InlineData("пишите ivanov [at] mail.kz или petrov(AT)mail.ru", "пишите [email] или [email]")]
    [InlineData("адрес иванов {собака} почта.рф", "адрес [email]")]
    [InlineData("1 500 000 тенге за 2025 год (12 человек)", "1 500 000 тенге за 2025 год (12 человек)")]
    public void Load_ContactsInAppealText_AreMasked(string text, string expected)
    {
        WriteRegistry();
        Warehouse.Write("appeals.csv", Header, $"A1,2026-09-10T10:00:00+05:00,web,question,P1,,\"{text}\",,,new,,");

        Load();

        Assert.Equal(expected, Query<string>("select text from raw.appeals").Single());
    }

    /// <summary>Cases and event titles are printed whole in the nominations pack and extracted: their contacts are masked too.</summary>
    [Fact]
    public void Load_ContactsInFreeTextOfEventsAndCases_AreMasked()
    {
        WriteRegistry();
        Warehouse.Write("cases.csv",
            "case_id,org_id,category,title,problem,actions,result,workers_helped,decided_at,status,submitted_at",
            "C1,P1,safety,Тел. 87011234567,\"ИИН 900101300125, a.b@mail.kz\",Звонили +7 701 123 45 67,Вернули 120 000 тенге,1,2026-09-01,published,2026-09-02T10:00:00+05:00");
        Warehouse.Write("events.csv", "event_id,org_id,type,date,participants,youth_participants,title,format,submitted_at", "E1,P1,unified_day,2026-09-03,40,10,Запись: ivanov [at] mail.kz,offline,");

        Load();

        Assert.Equal(
            ("Тел. [телефон]", "ИИН [ИИН/БИН], [email]", "Звонили [телефон]", "Вернули 120 000 тенге"),
            Query<(string, string, string, string)>("select title, problem, actions, result from raw.cases").Single());
        Assert.Equal("Запись: [email]", Query<string>("select title from raw.events").Single());
    }

    [Fact]
    public void Load_BrokenJsonLine_KeepsNoTextOfItAnywhere()
    {
        WriteRegistry();
        Warehouse.Write("threat_journal.jsonl",
            "{\"entry_id\": \"T1\", \"author\": \"Иван Петров\", \"summary\": \"ИИН 900101300125, +7 701 123 45 67, ivan@mail.kz\"");

        var result = Load();

        var quarantined = Query<string>("select concat_ws('|', value, reason, expected_ru) from raw.quarantine").Single();
        var printed = string.Join("|", result.Files.SelectMany(file => file.Examples).Select(cell => cell.Value + cell.ExpectedRu));
        var report = File.ReadAllText(Path.Combine(LoadReportWriter.Write(Warehouse.Database, result, kazakh: false), $"batch-{result.BatchId:0000}-quarantine.csv"));
        foreach (var shown in new[] { quarantined, printed, report })
        {
            Assert.DoesNotContain("Петров", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("900101", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("701", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("ivan@", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_IinTypedIntoANumberColumn_IsMaskedInQuarantine()
    {
        WriteRegistry();
        Warehouse.Write("events.csv",
            "event_id,org_id,type,date,participants,youth_participants,title,format,submitted_at",
            "E1,P1,unified_day,2026-09-03,900101-300125,10,,offline,");

        var cell = LoadFile("events.csv").Examples.Single();

        Assert.Equal(("participants", "[ИИН/БИН]"), (cell.Column, cell.Value));
    }
}
