using System.Runtime.CompilerServices;
using System.Text.Json;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Lexicon;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>An appeal written for a classifier test, with the topic a person gave it.</summary>
/// <param name="Group">What the test reports accuracy by: the language, or the writing style.</param>
public sealed record LabelledAppeal(string Id, string Split, string Group, string Topic, string Text);

/// <summary>What int_appeals_topics decided for one appeal, and the stem that decided it.</summary>
public sealed record ClassifiedAppeal(string AppealId, string Topic, bool IsClassified, string? MatchedStem, string? MatchKind);

/// <summary>
/// Reads a labelled CSV beside this file and runs its texts through the real loader (personal data scrubbed) and the
/// real model, int_appeals_topics, with the shipped lexicon.
/// </summary>
public static class LabelledAppeals
{
    public static List<LabelledAppeal> Read(string fileName, string groupColumn)
    {
        var path = Path.Combine(Path.GetDirectoryName(SourceFile())!, fileName);
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection.Query<LabelledAppeal>(
            $"""
            select id as Id, split as "Split", {groupColumn} as "Group", topic as Topic, text as Text
            from read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true) order by id
            """)
            .ToList();
    }

    /// <summary>Loads the texts as appeals without a topic and builds only int_appeals_topics and what it reads.</summary>
    public static Dictionary<string, ClassifiedAppeal> Classify(IReadOnlyList<LabelledAppeal> labelled)
    {
        using var warehouse = new TemporaryWarehouse();
        var load = LoadToOnePrimary(warehouse, labelled.Select(item => (item.Id, "2026-09-10T10:00:00+05:00", (string?)null, (string?)item.Text)));
        Assert.All(load.Files, file => Assert.Equal(0L, file.RowsQuarantined));

        using var connection = warehouse.Database.Open();
        TopicLexiconTable.Replace(connection, TopicLexiconSource.Shipped());
        new ModelRunner(WithDependencies("intermediate.int_appeals_topics")).Build(connection, new DateOnly(2026, 9, 30), "test");
        return connection.Query<ClassifiedAppeal>(
                """
                select appeal_id as AppealId, topic as Topic, is_classified as IsClassified, matched_stem as MatchedStem,
                    match_kind as MatchKind
                from intermediate.int_appeals_topics
                """)
            .ToDictionary(row => row.AppealId);
    }

    /// <summary>
    /// Loads the appeals, through the real loader, into a federation of one primary, P1, in sector S1, territorial
    /// association T1 and region KZ-75, with the campaign of <see cref="MonitoringFederation"/>.
    /// </summary>
    public static BatchLoadResult LoadToOnePrimary(
        TemporaryWarehouse warehouse, IEnumerable<(string Id, string ReceivedAt, string? Topic, string? Text)> appeals)
    {
        warehouse.Write("campaign.json", MonitoringFederation.Campaign);
        warehouse.Write("organisations.csv",
            "org_id,level,name_ru,sector_id,territorial_id,region,members",
            "FED,federation,Федерация,,,,",
            "S1,sector,Профсоюз,,,,",
            "T1,territorial,Объединение,,,KZ-75,",
            "P1,primary,Школа,S1,T1,KZ-75,100");
        warehouse.Write("appeals.jsonl", [.. appeals.Select(appeal => JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["appeal_id"] = appeal.Id,
            ["received_at"] = appeal.ReceivedAt,
            ["channel"] = "whatsapp",
            ["kind"] = "complaint",
            ["org_id"] = "P1",
            ["topic"] = appeal.Topic,
            ["text"] = appeal.Text,
            ["status"] = "new",
        }))]);
        return new BatchLoader(warehouse.Database, new PseudonymKey("test-secret-of-sixteen-or-more")).Load(warehouse.Inbox);
    }

    private static List<ModelDefinition> WithDependencies(string name)
    {
        var models = ModelCatalog.LoadEmbedded().ToDictionary(model => model.QualifiedName, StringComparer.Ordinal);
        var needed = new Dictionary<string, ModelDefinition>(StringComparer.Ordinal);
        void Visit(string qualified)
        {
            if (needed.TryAdd(qualified, models[qualified]))
            {
                foreach (var dependency in models[qualified].Dependencies)
                {
                    Visit(dependency);
                }
            }
        }

        Visit(name);
        return [.. needed.Values];
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
