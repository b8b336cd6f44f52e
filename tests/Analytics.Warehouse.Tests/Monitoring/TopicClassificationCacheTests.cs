using Analytics.TestSupport;
using Analytics.Warehouse.Lexicon;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// The classifier's verdicts are kept per text and lexicon (cache.appeal_text_topics): a build reads only the texts of
/// the batches loaded since the last one, and an edited lexicon classifies every text afresh, with the verdicts a
/// warehouse classifying everything at once gives.
/// </summary>
public sealed class TopicClassificationCacheTests
{
    private const string Wages = "Не выплачивают зарплату третий месяц";

    private static readonly (string, string, string?, string?)[] FirstBatch =
    [
        ("A1", "2026-09-10T10:00:00+05:00", null, Wages),
        ("A2", "2026-09-10T11:00:00+05:00", null, "Уволили без предупреждения"),
        ("A3", "2026-09-10T12:00:00+05:00", null, null),
    ];

    // A4 repeats A1's text: only A5's text is new.
    private static readonly (string, string, string?, string?)[] SecondBatch =
    [
        ("A4", "2026-09-11T10:00:00+05:00", null, Wages),
        ("A5", "2026-09-11T11:00:00+05:00", null, "Не дают отпуск летом"),
    ];

    [Fact]
    public void Update_AfterASecondBatch_ClassifiesOnlyTheTextItBrought_AsAFreshWarehouseDoes()
    {
        using var incremental = new TemporaryWarehouse();
        LabelledAppeals.LoadToOnePrimary(incremental, FirstBatch);
        Assert.Equal(2, Update(incremental));
        Assert.Equal(0, Update(incremental));
        LabelledAppeals.LoadToOnePrimary(incremental, SecondBatch);
        Assert.Equal(1, Update(incremental));

        using var fresh = new TemporaryWarehouse();
        LabelledAppeals.LoadToOnePrimary(fresh, [.. FirstBatch, .. SecondBatch]);
        Assert.Equal(3, Update(fresh));

        var verdicts = Verdicts(incremental);
        Assert.Equal(Verdicts(fresh), verdicts);
        Assert.Equal(["wages", "leave", "dismissal"], verdicts.Select(verdict => verdict.Topic));
    }

    [Fact]
    public void Update_WithAnEditedLexicon_ClassifiesEveryTextAfresh()
    {
        using var warehouse = new TemporaryWarehouse();
        LabelledAppeals.LoadToOnePrimary(warehouse, FirstBatch);
        Assert.Equal(2, Update(warehouse));

        Assert.Equal(2, Update(warehouse, new TopicLexiconSource("edited.csv", "topic,language,stem\nleave,ru,зарплат\n")));

        // only «зарплат» is left, and it now points to leave: the wages text is leave, the dismissal text matches nothing
        Assert.Equal([(Wages, (string?)"leave"), ("Уволили без предупреждения", null)],
            Verdicts(warehouse).Select(verdict => (verdict.Text, verdict.Topic)));
    }

    [Fact]
    public void Fingerprint_ChangesWithANewBatchOrLexicon_NotWithTheCacheBroughtUpToDate()
    {
        using var warehouse = new TemporaryWarehouse();
        LabelledAppeals.LoadToOnePrimary(warehouse, FirstBatch);
        var shipped = TopicLexiconSource.Shipped();
        var before = Fingerprint(warehouse, shipped);
        Update(warehouse, shipped);
        var classified = Fingerprint(warehouse, shipped);
        LabelledAppeals.LoadToOnePrimary(warehouse, SecondBatch);
        var secondBatch = Fingerprint(warehouse, shipped);
        var edited = Fingerprint(warehouse, new TopicLexiconSource("edited.csv", "topic,language,stem\nleave,ru,зарплат\n"));

        Assert.Equal(before, classified);
        Assert.NotEqual(classified, secondBatch);
        Assert.NotEqual(secondBatch, edited);
    }

    [Fact]
    public void OwnFingerprint_ChangesWithTheLexiconOnly_AndWhatReadsTheCacheReadsTheAppealsToo()
    {
        using var warehouse = new TemporaryWarehouse();
        LabelledAppeals.LoadToOnePrimary(warehouse, FirstBatch);
        var shipped = TopicLexiconSource.Shipped();
        var first = Fingerprints(warehouse, shipped)[TopicClassificationCache.Table];
        LabelledAppeals.LoadToOnePrimary(warehouse, SecondBatch);
        var secondBatch = Fingerprints(warehouse, shipped)[TopicClassificationCache.Table];
        var edited = Fingerprints(warehouse, new TopicLexiconSource("edited.csv", "topic,language,stem\nleave,ru,зарплат\n"))[TopicClassificationCache.Table];

        Assert.Equal(first, secondBatch);
        Assert.NotEqual(secondBatch, edited);
        Assert.Equal([TopicClassificationCache.Table, TopicClassificationCache.Texts], SourceTables.WithFollowed([TopicClassificationCache.Table]));
    }

    /// <summary>The cache's fingerprint under the lexicon as a model reading it sees it (with the appeals it follows), as a build computes it before classifying.</summary>
    private static string Fingerprint(TemporaryWarehouse warehouse, TopicLexiconSource lexicon) =>
        string.Join(" ", Fingerprints(warehouse, lexicon).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));

    private static IReadOnlyDictionary<string, string> Fingerprints(TemporaryWarehouse warehouse, TopicLexiconSource lexicon)
    {
        using var connection = warehouse.Database.Open();
        TopicLexiconTable.Replace(connection, lexicon);
        return SourceTables.Fingerprints(connection, new DateOnly(2026, 12, 31), SourceTables.WithFollowed([TopicClassificationCache.Table]));
    }

    private static int Update(TemporaryWarehouse warehouse, TopicLexiconSource? lexicon = null)
    {
        using var connection = warehouse.Database.Open();
        TopicLexiconTable.Replace(connection, lexicon ?? TopicLexiconSource.Shipped());
        return TopicClassificationCache.Update(connection);
    }

    private static List<Verdict> Verdicts(TemporaryWarehouse warehouse)
    {
        using var connection = warehouse.Database.Open();
        return connection.Query<Verdict>(
            """
            select text as Text, lexicon_topic as Topic, lexicon_score as Score, text_script as Script,
                matched_stem as Stem, matched_stem_row as StemRow, match_kind as Kind, matched_stems as Stems
            from cache.appeal_text_topics order by text
            """).ToList();
    }

    private sealed record Verdict(string Text, string? Topic, double? Score, string? Script, string? Stem, int? StemRow, string? Kind, string? Stems);
}
