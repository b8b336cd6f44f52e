using System.Data;
using Dapper;

namespace Analytics.Warehouse.Lexicon;

/// <summary>Puts the topic lexicon into config.topic_lexicon, which the model int_appeals_topics reads.</summary>
public static class TopicLexiconTable
{
    /// <summary>
    /// Replaces config.topic_lexicon with the lexicon found by <see cref="TopicLexiconSource.Locate"/>. Called at the
    /// start of every build, so an edited file takes effect at the next build.
    /// </summary>
    public static int Refresh(IDbConnection connection, IDbTransaction? transaction = null) =>
        Replace(connection, TopicLexiconSource.Locate(), transaction);

    public static int Replace(IDbConnection connection, TopicLexiconSource source, IDbTransaction? transaction = null)
    {
        var entries = source.Entries();
        TableRows.Replace(connection, transaction, "config.topic_lexicon", entries,
            entry => [entry.Topic, entry.Language, entry.Stem, entry.Weight, source.Name, entry.Row]);
        return entries.Count;
    }
}
