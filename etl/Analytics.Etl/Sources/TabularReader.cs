namespace Analytics.Etl.Sources;

/// <summary>Reads a dataset file of any allowed format into a header and records.</summary>
public static class TabularReader
{
    public static TabularData Read(InboxFile file) => file.Extension switch
    {
        ".jsonl" => JsonLinesSource.Read(file.Path),
        ".xlsx" => XlsxSheetSource.Read(file.Path),
        _ => CsvSource.Read(file.Path),
    };
}
