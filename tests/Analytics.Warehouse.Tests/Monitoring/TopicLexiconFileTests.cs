using Analytics.TestSupport;
using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Lexicon;
using Dapper;

namespace Analytics.Warehouse.Tests.Monitoring;

public sealed class TopicLexiconFileTests
{
    [Fact]
    public void Shipped_ParsesAndCoversEveryTopicInBothLanguages()
    {
        var entries = TopicLexiconSource.Shipped().Entries();

        Assert.All(AppealTopics.Classified, topic =>
        {
            Assert.Contains(entries, entry => entry.Topic == topic && entry.Language == "ru");
            Assert.Contains(entries, entry => entry.Topic == topic && entry.Language == "kk");
        });
    }

    // The .csproj copies the file next to every program that references the warehouse, tests included.
    [Fact]
    public void Locate_FileNextToTheProgram_IsTheShippedOne()
    {
        var source = TopicLexiconSource.Locate(null, AppContext.BaseDirectory);

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, TopicLexiconSource.FileName), source.Name);
        Assert.Equal(TopicLexiconSource.Shipped().Text, source.Text);
    }

    [Fact]
    public void Locate_OverriddenPath_ReadsThatFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "topic;language;stem;weight\nhousing;ru;барак;\"1,5\"\n");
        try
        {
            var entries = TopicLexiconSource.Locate(path, AppContext.BaseDirectory).Entries();

            Assert.Equal([new TopicLexiconEntry("housing", "ru", "барак", 1.5m, 2)], entries);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Locate_OverriddenPathMissing_NamesTheVariableAndThePath()
    {
        var error = Assert.Throws<ConfigurationException>(() => TopicLexiconSource.Locate("/no/such/lexicon.csv", AppContext.BaseDirectory));

        Assert.StartsWith("SENIM_TOPIC_LEXICON=/no/such/lexicon.csv: файл не найден", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("SENIM_TOPIC_LEXICON=/no/such/lexicon.csv: файл табылмады", error.MessageKk, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_NoFileNextToTheProgram_FallsBackToTheShippedCopy()
    {
        Assert.Equal("topic-lexicon.csv (shipped)", TopicLexiconSource.Locate(null, Path.GetTempPath()).Name);
    }

    [Fact]
    public void Parse_NotesBlankLinesAndDefaultWeight()
    {
        var entries = TopicLexiconFile.Parse("# note\n\ntopic,language,stem\n# another\nWages,RU,  Зарплат  \nleave,kk,еңбек   демалыс\n", "test.csv");

        Assert.Equal(
            [new TopicLexiconEntry("wages", "ru", "зарплат", 1m, 5), new TopicLexiconEntry("leave", "kk", "еңбек демалыс", 1m, 6)],
            entries);
    }

    // A stem in capitals is an abbreviation (СИЗ, personal protective equipment) and keeps its case, so that it is not
    // the Kazakh «сиз» ("you") typed without і; a stem with one capital («Аванс») is an ordinary stem.
    [Fact]
    public void Parse_StemInCapitals_KeepsItsCase()
    {
        var entries = TopicLexiconFile.Parse("topic,language,stem\nsafety,ru,СИЗ\nsafety,ru,без сиз\nwages,ru,Аванс\n", "test.csv");

        Assert.Equal(["СИЗ", "без сиз", "аванс"], entries.Select(entry => entry.Stem));
        Assert.True(TopicLexiconFile.IsCapitals("ЕНПФ"));
        Assert.False(TopicLexiconFile.IsCapitals("З"));
    }

    [Fact]
    public void Parse_BadRows_EachNamedWithRowColumnAndValue()
    {
        var error = Assert.Throws<ConfigurationException>(() => TopicLexiconFile.Parse(
            """
            topic,language,stem,weight
            wage,ru,зарплат,1
            wages,en,salary,1
            wages,ru,з/п,1
            wages,ru,оклад,много
            wages,ru,аванс,1
            wages,ru,Аванс,2
            other,ru,привет,1
            """, "lexicon.csv"));

        Assert.StartsWith("В словаре тем ошибочных строк: 6; словарь не загружен.", error.Message, StringComparison.Ordinal);
        Assert.Contains("lexicon.csv, строка 2, столбец «topic»: ожидается одна из тем wages, dismissal", error.Message, StringComparison.Ordinal);
        Assert.Contains("lexicon.csv, строка 3, столбец «language»: ожидается ru или kk, найдено \"en\".", error.Message, StringComparison.Ordinal);
        Assert.Contains("lexicon.csv, строка 4, столбец «stem»", error.Message, StringComparison.Ordinal);
        Assert.Contains("lexicon.csv, строка 5, столбец «weight»: ожидается число ≥ 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("lexicon.csv, строка 7, столбец «stem»: \"аванс\" темы wages (ru) повторяет строку 6.", error.Message, StringComparison.Ordinal);
        Assert.Contains("lexicon.csv, строка 8, столбец «topic»", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Тақырыптар сөздігінде қате жолдар: 6; сөздік жүктелмеді.", error.MessageKk, StringComparison.Ordinal);
        Assert.Contains("lexicon.csv, 3-жол, «language» бағаны: ru немесе kk күтіледі, табылғаны \"en\".", error.MessageKk, StringComparison.Ordinal);
        Assert.Contains("lexicon.csv, 7-жол, «stem» бағаны: wages (ru) тақырыбының \"аванс\" түбірі 6-жолды қайталайды.", error.MessageKk, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeaderWithoutStem_SaysWhatIsExpected()
    {
        var error = Assert.Throws<ConfigurationException>(() => TopicLexiconFile.Parse("topic,language,word\n", "lexicon.csv"));

        Assert.Equal("lexicon.csv, строка 1: в заголовке нет «stem»; ожидается «topic,language,stem,weight» (weight необязателен).", error.Message);
        Assert.Equal("lexicon.csv, 1-жол: тақырыпта «stem» жоқ; «topic,language,stem,weight» күтіледі (weight міндетті емес).", error.MessageKk);
    }

    // Every build refreshes the lexicon: the same file again leaves the rows as they are (a rewrite gives them new
    // row ids), though DuckDB reads the weights back as decimal(9, 3).
    [Fact]
    public void Replace_TheSameLexiconAgain_LeavesTheRowsAsTheyAre()
    {
        using var warehouse = new TemporaryWarehouse();
        using var connection = warehouse.OpenPrepared();
        TopicLexiconTable.Replace(connection, TopicLexiconSource.Shipped());
        var rowIds = connection.Query<long>("select rowid from config.topic_lexicon order by rowid").ToList();

        TopicLexiconTable.Replace(connection, TopicLexiconSource.Shipped());

        Assert.Equal(rowIds, connection.Query<long>("select rowid from config.topic_lexicon order by rowid"));
    }

    // ModelRunner.Build calls Refresh inside its transaction; a second build replaces, never appends.
    [Fact]
    public void Replace_InsideATransaction_ReplacesTheTable()
    {
        using var warehouse = new TemporaryWarehouse();
        using var connection = warehouse.OpenPrepared();
        var source = new TopicLexiconSource("test.csv", "topic,language,stem,weight\nwages,ru,зарплат,1\nleave,kk,демалыс,0.5\n");

        using (var transaction = connection.BeginTransaction())
        {
            TopicLexiconTable.Replace(connection, TopicLexiconSource.Shipped(), transaction);
            Assert.Equal(2, TopicLexiconTable.Replace(connection, source, transaction));
            transaction.Commit();
        }

        Assert.Equal(
            [("leave", "kk", "демалыс", 0.5m, "test.csv", 3), ("wages", "ru", "зарплат", 1m, "test.csv", 2)],
            connection.Query<(string, string, string, decimal, string, int)>(
                "select topic, language, stem, weight, loaded_from, source_row from config.topic_lexicon order by topic"));
    }
}
