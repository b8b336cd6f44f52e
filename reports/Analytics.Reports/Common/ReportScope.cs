using System.Data;

namespace Analytics.Reports.Common;

/// <summary>Whom a report is about: the federation, one sector union or one territorial association.</summary>
/// <param name="Scope">federation | sector | territorial, as in the marts' <c>scope</c> column.</param>
/// <param name="Key">The organisation's org_id: <c>FED</c>, <c>S03</c>, <c>T12</c>.</param>
/// <param name="Region">The territorial association's region (ISO 3166-2:KZ), null for the others.</param>
public sealed record ReportScope(string Scope, string Key, string NameRu, string NameKk, string? Region)
{
    public const string Federation = "federation";
    public const string Sector = "sector";
    public const string Territorial = "territorial";

    public bool IsFederation => Scope == Federation;

    public string Name(bool kazakh) => kazakh ? NameKk : NameRu;

    /// <summary>The federation, then every active sector union and territorial association, by org_id.</summary>
    public static IReadOnlyList<ReportScope> ReadAll(IDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Marts.Query<ScopeRow>(
            connection,
            """
            select level, org_id, coalesce(name_ru, name_kk, org_id) as name_ru, coalesce(name_kk, name_ru, org_id) as name_kk, region
            from marts.dim_organisations
            where level = 'federation' or (level in ('sector', 'territorial') and is_active)
            order by case level when 'federation' then 0 when 'sector' then 1 else 2 end, org_id
            """)
            .Select(row => new ReportScope(row.Level, row.OrgId, row.NameRu, row.NameKk, row.Region))
            .ToList();
    }

    private sealed record ScopeRow
    {
        public string Level { get; init; } = "";

        public string OrgId { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public string? Region { get; init; }
    }
}
