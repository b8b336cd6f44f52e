namespace Analytics.Reports.Threats;

/// <summary>
/// The texts of the algorithm's appendices 1 and 6 as marts.dim_threat_response holds them: by subject
/// (appendix, zone, regime, level), key, language and item, each a list of lines in order.
/// </summary>
public sealed class ThreatResponseTexts(IReadOnlyList<ThreatResponseLine> lines)
{
    private readonly ILookup<(string Subject, string Key, string Language, string Item), string> texts =
        lines.OrderBy(line => line.Position).ToLookup(line => (line.Subject, line.Key, line.Language, line.Item), line => line.Wording);

    /// <summary>Every line of an item, in order; empty when the item is not there.</summary>
    public IReadOnlyList<string> Lines(string subject, string key, string language, string item) =>
        texts[(subject, key, language, item)].ToList();

    /// <summary>A single-line item, its lines joined when there are several.</summary>
    public string Text(string subject, string key, string language, string item) =>
        string.Join(" ", Lines(subject, key, language, item));
}

public sealed record ThreatResponseLine
{
    public string Subject { get; init; } = "";

    public string Key { get; init; } = "";

    public string Language { get; init; } = "";

    public string Item { get; init; } = "";

    public int Position { get; init; }

    public string Wording { get; init; } = "";
}
