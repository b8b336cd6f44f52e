using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Monthly;

/// <summary>
/// What changed in a month's figures since the previous revision of its release, for one report's group: its KPIs,
/// trust index and band, the ranks of its rating and the colours of its map (methodology §14), with the input files
/// whose batch came after the previous revision (the lineage of the change). Read from a release's marts snapshot,
/// whose <c>marts.release_changes</c> and <c>marts.release_lineage</c> the release folder provides.
/// </summary>
public sealed record RevisionChanges(int PreviousRevision, IReadOnlyList<RevisionChange> Figures, IReadOnlyList<ReportInput> Inputs)
{
    public static RevisionChanges Read(IDbConnection connection, ReportScope scope, int revision)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var figures = Marts.Query<RevisionChange>(
            connection,
            """
            with
            members as (
                select org_id from marts.dim_organisations where sector_id = $key or territorial_id = $key
            ),
            changes as (
                select "table", key, "column", old_value, new_value,
                    -- the organisation (or region) a row is of: the KPI's key is third, the other tables' second
                    split_part(key, '|', case when "table" = 'kpi' then 3 else 2 end) as org_id
                from marts.release_changes
                where ("table" = 'kpi' and "column" in ('value', 'met') and split_part(key, '|', 3) = $key)
                   or ("table" = 'trust_index' and "column" in ('index', 'band') and split_part(key, '|', 2) = $key)
                   or ("table" = 'ratings' and "column" = 'rank'
                       and (($federation and split_part(key, '|', 1) in ('sector', 'territorial'))
                            or split_part(key, '|', 2) in (select org_id from members)))
                   or ("table" = 'campaign_map' and "column" = 'colour'
                       and (($federation and split_part(key, '|', 1) <> 'primary')
                            or split_part(key, '|', 2) = $key
                            or split_part(key, '|', 2) in (select org_id from members)))
            )
            select changes."table", changes.key, changes."column", changes.old_value, changes.new_value, changes.org_id,
                coalesce(organisations.name_ru, organisations.name_kk, regions.name_ru, changes.org_id) as name_ru,
                coalesce(organisations.name_kk, organisations.name_ru, regions.name_kk, changes.org_id) as name_kk
            from changes
            left join marts.dim_organisations organisations on organisations.org_id = changes.org_id
            left join marts.dim_regions regions on regions.region = changes.org_id
            order by changes."table", changes.key, changes."column"
            """,
            new { key = scope.Key, federation = scope.IsFederation });
        var inputs = Marts.Query<ReportInput>(
            connection, "select batch_id as batchid, file_name as filename, dataset, sha256 from marts.release_lineage order by batch_id, file_name");
        return new RevisionChanges(revision - 1, figures, inputs);
    }
}

/// <summary>One changed figure: the extract table, the row's natural key, the column, its old and new value.</summary>
public sealed record RevisionChange
{
    public string Table { get; init; } = "";

    public string Key { get; init; } = "";

    public string Column { get; init; } = "";

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    /// <summary>The organisation (or region) the changed row is of, and its names.</summary>
    public string OrgId { get; init; } = "";

    public string NameRu { get; init; } = "";

    public string NameKk { get; init; } = "";
}
