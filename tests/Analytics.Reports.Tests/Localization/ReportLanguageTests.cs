using Analytics.Reports.Localization;

namespace Analytics.Reports.Tests.Localization;

public sealed class ReportLanguageTests
{
    [Fact]
    public void Labels_BothLanguages_HaveTheSameKeys()
    {
        var russian = ReportLanguage.Russian.Labels.Keys.Order(StringComparer.Ordinal);
        var kazakh = ReportLanguage.Kazakh.Labels.Keys.Order(StringComparer.Ordinal);

        Assert.Equal(russian, kazakh);
    }

    [Theory]
    [InlineData("ru", "F1", "Охват членов профсоюза кампанией")]
    [InlineData("ru", "F3", "Истории помощи в Банке профсоюзных побед")]
    [InlineData("ru", "F5", "Рост индекса доверия")]
    [InlineData("kk", "F1", "Кәсіподақ мүшелерін науқанмен қамту")]
    [InlineData("kk", "F4", "Сервистік блок қатысушылары")]
    [InlineData("kk", "F5", "Сенім индексінің өсуі")]
    public void KpiName_Id_IsOfficialWording(string code, string kpi, string expected)
    {
        Assert.Equal(expected, ReportLanguage.Parse(code).KpiName(kpi));
    }

    [Theory]
    [InlineData("ru", 1, "Объединяем и объясняем")]
    [InlineData("ru", 4, "Каждый член профсоюза — его голос")]
    [InlineData("kk", 2, "Қорғаймыз және көмектесеміз")]
    [InlineData("kk", 3, "Еңбек адамын мақтан тұтамыз")]
    public void StageName_Stage_IsOfficialWording(string code, int stage, string expected)
    {
        Assert.Equal(expected, ReportLanguage.Parse(code).StageName(stage));
    }

    [Fact]
    public void Text_Placeholders_AreFilled()
    {
        Assert.Equal("16.03.2025 жағдай бойынша деректер", ReportLanguage.Kazakh.Text("weekly.data_as_of", ("date", "16.03.2025")));
        Assert.Equal("Данные на 16.03.2025", ReportLanguage.Russian.Text("weekly.data_as_of", ("date", "16.03.2025")));
    }

    [Theory]
    [InlineData("ru", "ru-KZ")]
    [InlineData("KK", "kk-KZ")]
    public void Parse_Code_GivesLanguageWithKazakhstanCulture(string code, string culture)
    {
        Assert.Equal(culture, ReportLanguage.Parse(code).Culture.Name);
    }

    [Fact]
    public void Parse_UnknownCode_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportLanguage.Parse("en"));

        Assert.Contains("\"en\"", error.Message);
    }

    [Fact]
    public void Indexer_MissingKey_NamesFileAndKey()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => ReportLanguage.Russian["no_such_label"]);

        Assert.Contains("Resources/ru.json", error.Message);
    }
}
