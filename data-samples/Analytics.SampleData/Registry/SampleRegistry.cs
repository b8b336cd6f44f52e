using Analytics.SampleData.Infrastructure;

namespace Analytics.SampleData.Registry;

/// <summary>The generated organisation tree, kept in memory (16,000 primaries at most).</summary>
internal sealed class SampleRegistry
{
    public const string FederationId = "FED";

    private readonly WeightedPicker _byMembers;

    public SampleRegistry(IReadOnlyList<OrganisationRow> rows, IReadOnlyList<PrimaryOrg> primaries)
    {
        Rows = rows;
        Primaries = primaries;
        _byMembers = new WeightedPicker(primaries.Select(p => (double)p.Members));
        ByRegion = Regions.Codes.ToDictionary(
            code => code,
            code => (IReadOnlyList<PrimaryOrg>)primaries.Where(p => p.Region == code).ToList(),
            StringComparer.Ordinal);
    }

    public static IReadOnlyList<SectorUnion> Sectors => SectorCatalog.All;

    public static IReadOnlyList<Territory> Territories => TerritoryCatalog.All;

    /// <summary>Every row of organisations.csv, in file order (history rows follow their first version).</summary>
    public IReadOnlyList<OrganisationRow> Rows { get; }

    public IReadOnlyList<PrimaryOrg> Primaries { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<PrimaryOrg>> ByRegion { get; }

    public long TotalMembers => Primaries.Sum(p => (long)p.Members);

    /// <summary>A primary drawn with probability proportional to its members.</summary>
    public PrimaryOrg PickByMembers(Random random) => Primaries[_byMembers.Next(random)];
}
