namespace Analytics.Etl.Privacy;

/// <summary>SQL that masks contact details and national ids in free text before anything else reads it.</summary>
internal static class TextScrubbing
{
    /// <summary>A format string: {0} is the text expression.</summary>
    public const string Sql =
        // emails, then 12-digit IIN/BIN, then Kazakh phone numbers in their usual spellings.
        @"regexp_replace(regexp_replace(regexp_replace({0}, " +
        @"'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{{2,}}', '[email]', 'g'), " +
        @"'\b\d{{12}}\b', '[ИИН/БИН]', 'g'), " +
        @"'(\+7|\b8)[\s\-\(]*\d{{3}}[\s\-\)]*\d{{3}}[\s\-]*\d{{2}}[\s\-]*\d{{2}}\b', '[телефон]', 'g')";
}
