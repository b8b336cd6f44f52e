using Analytics.Warehouse.Extracts;
using Dapper;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// Appeals typed in Latin letters and slang reach their topic, the warehouse keeps the stem that decided it, and
/// marts.mart_barometer_classification counts how the month's appeals got their topic (methodology §8, §12).
/// </summary>
public sealed class AppealClassificationTests(ClassificationFederation federation) : IClassFixture<ClassificationFederation>
{
    private static readonly string[] StemColumns = ["matched_stem", "matched_stem_row", "matched_stems", "match_kind", "text_script"];

    [Fact]
    public void Load_FixtureHasNoBadRows()
    {
        Assert.All(federation.Load.Files, file => Assert.Equal(0L, file.RowsQuarantined));
    }

    // M2: «Jalaqymyzdy» (2021 alphabet: j = ж, q = қ, y = ы) reads жалақымызды, which starts with the stem жалақ.
    // M3: «zarplatu» reads зарплату (зарплат). M4: «zhalakyny» reads жалакыны, and қ/к do not matter (жалақ).
    // M8: «з/п» joins to «зп» (stem зп). M9: «СИЗ» in capitals is the abbreviation stem СИЗ. M7 names no topic.
    [Theory]
    [InlineData("M2", "wages", "жалақ", "transliterated", "latin")]
    [InlineData("M3", "wages", "зарплат", "transliterated", "latin")]
    [InlineData("M4", "wages", "жалақ", "transliterated", "latin")]
    [InlineData("M8", "wages", "зп", "exact", "cyrillic")]
    [InlineData("M9", "safety", "СИЗ", "capitals", "cyrillic")]
    [InlineData("M7", "other", null, null, "latin")]
    [InlineData("M5", "other", null, null, null)]
    public void AppealTopics_LatinScriptAndSlang_TopicWithTheStemThatDecided(
        string appeal, string topic, string? stem, string? kind, string? script)
    {
        var row = federation.Query<(string Topic, string? Stem, string? Kind, string? Script)>(
            "select topic, matched_stem, match_kind, text_script from intermediate.int_appeals_topics where appeal_id = $appeal",
            new { appeal }).Single();

        Assert.Equal((topic, stem, kind, script), row);
    }

    // The stem's row in topic-lexicon.csv is kept so that an analyst finds it again. The lexicon also reads texts
    // whose topic the source gave (M1 «индексации», M10 «Спасибо»), to show how far it agrees with the sources.
    [Fact]
    public void AppealTopics_MatchedStemRow_IsTheLexiconRowOfThatStem()
    {
        var rows = federation.Query<(string Stem, int Row, int LexiconRow)>(
            """
            select topics.matched_stem, topics.matched_stem_row, lexicon.source_row
            from intermediate.int_appeals_topics as topics
            join config.topic_lexicon as lexicon on lexicon.stem = topics.matched_stem and lexicon.topic = topics.lexicon_topic
            """);

        Assert.Equal(7, rows.Count);
        Assert.All(rows, row => Assert.Equal(row.LexiconRow, row.Row));
    }

    // September, for every scope (one primary: the federation, S1, T1 and KZ-75 see the same eight appeals):
    // M1 given; M2, M3, M4, M8 classified; M5 (no text), M6, M7 left as other → 1 + 4 + 3 = 8.
    // Read by the classifier: M2, M3, M4, M6, M7, M8 = 6, of which Latin M2, M3, M4, M7 = 4 (3 classified).
    // Shares: 4 / 8 = 0.5 classified, 3 / 8 = 0.375 other, 4 / 6 by text, 3 / 4 of the Latin texts.
    // October (to the cut-off): M9 classified, M10 given (other, from the source) → 1 / 2, nothing left as other.
    [Theory]
    [InlineData("federation", "FED")]
    [InlineData("sector", "S1")]
    [InlineData("territorial", "T1")]
    [InlineData("region", "KZ-75")]
    public void Classification_PerMonthAndScope_AsWorkedByHand(string scope, string key)
    {
        var rows = federation.Query<(long Month, bool IsComplete, long Appeals, long Given, long Text, long Classified, long Other, long Latin,
            long LatinClassified, double ClassifiedShare, double OtherShare, double? TextShare, double? LatinShare)>(
            """
            select month, is_complete, appeals, given_topic_appeals, text_appeals, classified_appeals, other_appeals,
                latin_text_appeals, latin_classified_appeals, classified_share, other_share, classified_text_share,
                latin_classified_share
            from marts.mart_barometer_classification
            where scope = $scope and key = $key
            order by month
            """, new { scope, key });

        Assert.Equal(2, rows.Count);
        Assert.Equal((1L, true, 8L, 1L, 6L, 4L, 3L, 4L, 3L), (rows[0].Month, rows[0].IsComplete, rows[0].Appeals, rows[0].Given,
            rows[0].Text, rows[0].Classified, rows[0].Other, rows[0].Latin, rows[0].LatinClassified));
        Assert.Equal(0.5, rows[0].ClassifiedShare, 12);
        Assert.Equal(0.375, rows[0].OtherShare, 12);
        Assert.Equal(4.0 / 6, rows[0].TextShare!.Value, 12);
        Assert.Equal(0.75, rows[0].LatinShare!.Value, 12);
        Assert.Equal((2L, false, 2L, 1L, 1L, 1L, 0L, 0L, 0L), (rows[1].Month, rows[1].IsComplete, rows[1].Appeals, rows[1].Given,
            rows[1].Text, rows[1].Classified, rows[1].Other, rows[1].Latin, rows[1].LatinClassified));
        Assert.Equal((0.5, 0.0, 1.0, null), (rows[1].ClassifiedShare, rows[1].OtherShare, rows[1].TextShare, rows[1].LatinShare));
    }

    // methodology §12: the stems found in a text are words of that text. They stay in intermediate.int_appeals_topics.
    [Fact]
    public void Marts_HaveNoStemColumns()
    {
        var columns = federation.Query<string>(
            "select table_name || '.' || column_name from information_schema.columns where table_schema = 'marts'");

        Assert.Contains("mart_barometer_classification.classified_share", columns);
        Assert.DoesNotContain(columns, column => StemColumns.Contains(column.Split('.')[1]));
    }

    // Every extract, written as CSV the way `analytics extract` writes it: no stem column in any header, no cell
    // equal to a stem that decided a topic, to a list of them or to an appeal's text, and no word of it in the data
    // dictionary.
    [Fact]
    public void Extracts_CarryNoMatchedStemNorText()
    {
        var stems = federation.Query<string>(
            """
            select matched_stem from intermediate.int_appeals_topics where matched_stem is not null
            union select matched_stems from intermediate.int_appeals_topics where matched_stems is not null
            union select text from raw.appeals where text is not null
            """).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("жалақ", stems);
        Assert.Contains("СИЗ", stems);
        var outDirectory = Path.Combine(federation.Warehouse.Root, "extract-csv");
        using (var connection = federation.Warehouse.Database.Open())
        {
            ExtractWriter.Write(connection, outDirectory, ExtractFormat.Csv);
        }

        using var reader = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        reader.Open();
        foreach (var table in ExtractCatalog.Tables)
        {
            var path = Path.Combine(outDirectory, table.Name + ".csv");
            var header = File.ReadLines(path).First().Split(',');
            Assert.DoesNotContain(header, StemColumns.Contains);
            var cells = reader.Query<string>(
                $"select distinct unnest(list_value(*columns(*)))::varchar as cell from read_csv('{path}', header = true, all_varchar = true)")
                .Where(cell => cell is not null);
            Assert.Empty(cells.Where(stems.Contains).Select(cell => $"{table.Name}: {cell}"));
        }

        var dictionary = File.ReadAllText(Path.Combine(outDirectory, DataDictionaryDocument.FileName));
        Assert.DoesNotContain(StemColumns, column => dictionary.Contains(column, StringComparison.Ordinal));
    }
}
