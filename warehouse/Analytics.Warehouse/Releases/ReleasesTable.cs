using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Releases;

/// <summary>The <c>releases</c> table of the output contract, made from the revisions' manifests.</summary>
public static class ReleasesTable
{
    public static void Create(DuckDBConnection connection, IEnumerable<ReleasedRevision> revisions)
    {
        connection.Execute(
            """
            create or replace temp table releases (
                month integer, revision integer, cutoff date, released_at timestamptz, inputs_sha256 varchar, changes bigint)
            """);
        foreach (var manifest in revisions.Select(revision => revision.Manifest))
        {
            connection.Execute(
                "insert into releases values ($month, $revision, $cutoff, $released_at, $inputs, $changes)",
                new
                {
                    month = manifest.Month,
                    revision = manifest.Revision,
                    cutoff = manifest.Cutoff.ToDateTime(TimeOnly.MinValue),
                    released_at = manifest.ReleasedAt.UtcDateTime,
                    inputs = manifest.InputsSha256,
                    changes = manifest.Changes,
                });
        }
    }
}
