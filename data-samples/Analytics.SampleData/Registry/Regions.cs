namespace Analytics.SampleData.Registry;

/// <summary>The 20 ISO 3166-2:KZ codes of /work/shared/geo (17 regions and 3 cities).</summary>
internal static class Regions
{
    public static readonly IReadOnlyList<string> Codes =
    [
        "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
        "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
    ];
}
