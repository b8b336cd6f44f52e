namespace Analytics.SampleData.Cases;

/// <summary>A Bank of victories category with its phrase lists; {n}, {amount} and {months} are filled in.</summary>
internal sealed record CaseCategory(
    string Code,
    double Weight,
    CasePhrases Ru,
    CasePhrases Kk);

internal sealed record CasePhrases(
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Results);
