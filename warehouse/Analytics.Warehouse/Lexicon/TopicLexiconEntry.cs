namespace Analytics.Warehouse.Lexicon;

/// <summary>One row of topic-lexicon.csv: a word stem (or a phrase of stems) that points to a topic.</summary>
/// <param name="Row">The file's line number (header = 1), kept so that analysts can find the row again.</param>
public sealed record TopicLexiconEntry(string Topic, string Language, string Stem, decimal Weight, int Row);
