using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>The ids a file's rows may refer to: those already loaded (input contract: an id is known when any of its rows has loaded).</summary>
internal static class KnownIds
{
    public static void Prepare(DuckDBConnection connection)
    {
        connection.Execute("create or replace temp table load_known_orgs as select distinct org_id, level from raw.organisations");
        connection.Execute("create or replace temp table load_known_cases as select distinct case_id from raw.cases");
        // The registry's versions, each (org_id, valid_from) resolved to its latest delivery.
        connection.Execute(
            """
            create or replace temp table load_registry as
            select org_id, valid_from, members
            from (
                select
                    o.org_id,
                    coalesce(o.valid_from, c.start_month) as valid_from,
                    o.members,
                    row_number() over (
                        partition by o.org_id, coalesce(o.valid_from, c.start_month)
                        order by o.batch_id desc, o.source_file desc, o.source_row desc) as version_rank
                from raw.organisations o
                cross join config.campaign c
            )
            where version_rank = 1
            """);
    }

    /// <summary>For the registry itself: what loaded before plus this file's rows that pass so far.</summary>
    public static void IncludePassingOrganisations(DuckDBConnection connection)
    {
        connection.Execute(
            """
            create or replace temp table load_known_orgs as
            select distinct org_id, level from raw.organisations
            union
            select distinct org_id, level from load_checked where bad_column is null
            """);
    }

    public static void IncludeIncomingOrganisations(DuckDBConnection connection)
    {
        connection.Execute(
            """
            insert into load_known_orgs
            select distinct trim(org_id), lower(trim(level)) from load_incoming
            where nullif(trim(org_id), '') is not null and lower(trim(level)) in ('federation', 'sector', 'territorial', 'primary')
            """);
    }
}
