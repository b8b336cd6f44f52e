namespace Analytics.SampleData.Cases;

/// <summary>The case ids written to cases.csv, per primary, so monthly reports can point at them.</summary>
internal sealed class CaseBook
{
    private readonly Dictionary<string, List<(string CaseId, int Month)>> _byOrg = new(StringComparer.Ordinal);

    public void Add(string orgId, string caseId, int month)
    {
        if (!_byOrg.TryGetValue(orgId, out var cases))
        {
            _byOrg[orgId] = cases = [];
        }

        cases.Add((caseId, month));
    }

    /// <summary>The organisation's cases submitted in <paramref name="month"/> (0 = before the campaign).</summary>
    public IReadOnlyList<string> Of(string orgId, int month) =>
        _byOrg.TryGetValue(orgId, out var cases) ? cases.Where(c => c.Month == month).Select(c => c.CaseId).ToList() : [];
}
