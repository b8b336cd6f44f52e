using System.Data;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Analytics.Warehouse.Lexicon;

/// <summary>
/// Keeps cache.appeal_text_topics, the topic classifier's verdict on each appeal text, up to date: a text is
/// classified once under a lexicon, at the first build after the batch that brought it (cache.appeal_text_batches
/// names the batches already read), so a build after a small batch reads only that batch's texts.
/// The cache is keyed by the lexicon's hash (its rows and the classifier's SQL): an edited topic-lexicon.csv, or a
/// new classifier, empties it and every text is classified afresh, giving what a build from scratch gives.
/// </summary>
public static class TopicClassificationCache
{
    /// <summary>The verdicts, which the models read.</summary>
    public const string Table = "cache.appeal_text_topics";

    /// <summary>The delivered appeals, whose texts the cache classifies; they only grow, batch by batch.</summary>
    public const string Texts = "raw.appeals";

    private const string ResourceName = "Lexicon/classify-new-texts.sql";

    private static readonly string ClassifierSql = ReadClassifier();

    /// <summary>Classifies the delivered texts not yet in the cache under config.topic_lexicon as it is now.</summary>
    /// <returns>How many texts were classified.</returns>
    /// <param name="afresh">Classify every text again, whatever the cache holds (a build of every model).</param>
    public static int Update(IDbConnection connection, IDbTransaction? transaction = null, bool afresh = false)
    {
        var hash = connection.ExecuteScalar<string>(LexiconHashQuery, transaction: transaction);
        // an empty hash matches no row: afresh, the cache is emptied
        var keep = afresh ? "" : hash;
        connection.Execute($"delete from {Table} where lexicon_hash <> $keep", new { keep }, transaction);
        connection.Execute("delete from cache.appeal_text_batches where lexicon_hash <> $keep", new { keep }, transaction);
        var pending = connection.ExecuteScalar<bool>(
            $"select exists (select 1 from {Texts} where batch_id not in (select batch_id from cache.appeal_text_batches))",
            transaction: transaction);
        if (!pending)
        {
            return 0;
        }

        var classified = connection.Execute(ClassifierSql, new { lexicon_hash = hash }, transaction, commandTimeout: 0);
        connection.Execute(
            $"""
            insert into cache.appeal_text_batches
            select distinct batch_id, $hash from {Texts} where batch_id not in (select batch_id from cache.appeal_text_batches)
            """,
            new { hash }, transaction);
        return classified;
    }

    /// <summary>
    /// The lexicon's hash: its rows, the classifier's SQL and this code's build. DuckDB's text functions
    /// (normalisation, regular expressions, edit distance) decide the verdicts too, so a new DuckDB or a new build of
    /// this code classifies afresh. With <see cref="Texts"/>, it decides every verdict the cache holds.
    /// </summary>
    public static string LexiconHashQuery =>
        $"""
        select sha256('{ClassifierHash}' || version() || coalesce(string_agg(
            concat_ws('|', topic, language, stem, weight, source_row), chr(10) order by topic, language, stem), ''))
        from config.topic_lexicon
        """;

    private static string ClassifierHash { get; } =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ClassifierSql))) + typeof(TopicClassificationCache).Assembly.ManifestModule.ModuleVersionId;

    private static string ReadClassifier()
    {
        using var stream = typeof(TopicClassificationCache).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The classifier {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var topicOrder = string.Join(", ", AppealTopics.Classified.Select(topic => $"'{topic}'"));
        return reader.ReadToEnd().Replace("{topic_order}", $"[{topicOrder}]", StringComparison.Ordinal);
    }
}
