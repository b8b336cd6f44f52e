using Analytics.SampleData.Infrastructure;

namespace Analytics.SampleData.Registry;

internal static class OrganisationsWriter
{
    public const string FileName = "organisations.csv";

    public static readonly IReadOnlyList<string> Columns =
    [
        "org_id", "level", "name_ru", "name_kk", "bin", "sector_id", "territorial_id",
        "region", "members", "youth_members", "valid_from", "active",
    ];

    public static long Write(string path, SampleRegistry registry)
    {
        using var csv = new CsvWriter(path, Columns);
        foreach (var row in registry.Rows)
        {
            csv.Text(row.OrgId).Text(row.Level).Text(row.NameRu).Text(row.NameKk).Text(row.Bin)
                .Text(row.SectorId).Text(row.TerritorialId).Text(row.Region)
                .Number(row.Members).Number(row.YouthMembers).Date(row.ValidFrom).Flag(row.Active);
            csv.EndRow();
        }

        return csv.Rows;
    }
}
