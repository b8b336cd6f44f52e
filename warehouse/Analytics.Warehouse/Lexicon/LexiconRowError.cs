namespace Analytics.Warehouse.Lexicon;

/// <summary>What is wrong with one cell of the topic lexicon, in both languages of the command line.</summary>
internal sealed record LexiconRowError(string Column, string Ru, string Kk)
{
    /// <summary>The same error, prefixed with the file, row and column it was found in.</summary>
    public LexiconRowError At(string sourceName, int row) =>
        this with { Ru = $"{sourceName}, строка {row}, столбец «{Column}»: {Ru}", Kk = $"{sourceName}, {row}-жол, «{Column}» бағаны: {Kk}" };
}
