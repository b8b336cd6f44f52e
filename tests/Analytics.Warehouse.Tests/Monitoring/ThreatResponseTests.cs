namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// The texts of the algorithm's appendices 6 (what a zone asks for) and 1 (what a level asks for), shipped as data and
/// read through marts.dim_threat_response, in Kazakh as adopted and in Russian.
/// </summary>
[Collection(MonitoringFederationGroup.Name)]
public sealed class ThreatResponseTests(BuiltMonitoringFederation federation)
{
    private List<string> Lines(string subject, string key, string language, string item) =>
        federation.Query<string>(
            """
            select wording from marts.dim_threat_response
            where subject = $subject and key = $key and language = $language and item = $item order by position
            """,
            new { subject, key, language, item });

    // Appendix 6: informing the federation — green no, yellow an information note, orange immediately, red
    // immediately then daily; monitoring weekly, daily, every 24 h, constant.
    [Theory]
    [InlineData("green", "no", "weekly", "Қажет емес.", "Не требуется.")]
    [InlineData("yellow", "information_note", "daily", "Ақпараттық жазба", "Информационная записка")]
    [InlineData("orange", "immediately", "every_24h", "Дереу.", "Немедленно.")]
    [InlineData("red", "immediately_then_daily", "constant", "Дереу және кейін күн сайын жаңартылып отырады.", "Немедленно, затем ежедневно с обновлением.")]
    public void EachZone_SaysHowToInformTheFederation_AndHowOftenToMonitor(string zone, string inform, string monitoring, string kk, string ru)
    {
        var codes = federation.Query<(string, string)>(
            "select distinct inform_federation, monitoring from marts.dim_threat_response where subject = 'zone' and key = $zone", new { zone });

        Assert.Equal([(inform, monitoring)], codes);
        Assert.Equal([kk], Lines("zone", zone, "kk", "inform_federation"));
        Assert.Equal([ru], Lines("zone", zone, "ru", "inform_federation"));
    }

    // Appendix 6, red zone: eight actions of the leader, the first «ҚРКФ-ны дереу хабардар ету;», in both languages.
    [Fact]
    public void LeadersActions_LineByLine_InBothLanguages()
    {
        var kk = Lines("zone", "red", "kk", "leader_actions");
        var ru = Lines("zone", "red", "ru", "leader_actions");

        Assert.Equal(8, kk.Count);
        Assert.Equal(8, ru.Count);
        Assert.Equal("ҚРКФ-ны дереу хабардар ету;", kk[0]);
        Assert.Equal("немедленное информирование ФПРК;", ru[0]);
    }

    // Appendix 1: the response matrix's deadline and responsible persons per level.
    [Theory]
    [InlineData("low", "24 сағатқа дейін.", "До 24 часов.", 2)]
    [InlineData("medium", "12 сағатқа дейін.", "До 12 часов.", 3)]
    [InlineData("high", "6 сағатқа дейін.", "До 6 часов.", 3)]
    [InlineData("critical", "Дереу.", "Немедленно.", 3)]
    public void EachLevel_HasItsDeadlineAndResponsibles(string level, string kk, string ru, int responsible)
    {
        Assert.Equal([kk], Lines("level", level, "kk", "deadline"));
        Assert.Equal([ru], Lines("level", level, "ru", "deadline"));
        Assert.Equal(responsible, Lines("level", level, "kk", "responsible").Count);
        Assert.Equal(responsible, Lines("level", level, "ru", "responsible").Count);
    }

    [Fact]
    public void TheOrangeZonesSummary_IsTheWeeklyReportsLine()
    {
        Assert.Equal(["немедленно проинформировать ФПРК, созвать рабочую группу"], Lines("zone", "orange", "ru", "summary"));
        Assert.Equal(["ҚРКФ-ны дереу хабардар ету, жұмыс тобын шақыру"], Lines("zone", "orange", "kk", "summary"));
    }
}
