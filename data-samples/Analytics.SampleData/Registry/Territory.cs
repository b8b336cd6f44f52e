namespace Analytics.SampleData.Registry;

/// <param name="Regions">Region codes with their share of the association's primaries; the first is its own region.</param>
/// <param name="Weight">Relative number of primaries.</param>
/// <param name="KazakhShare">Share of texts written in Kazakh by its organisations and workers.</param>
/// <param name="Engagement">Multiplier of reporting and participation (about 0.85–1.1).</param>
internal sealed record Territory(
    string Id,
    string NameRu,
    string NameKk,
    IReadOnlyList<(string Code, double Share)> Regions,
    double Weight,
    double KazakhShare,
    double Engagement)
{
    public string MainRegion => Regions[0].Code;
}
