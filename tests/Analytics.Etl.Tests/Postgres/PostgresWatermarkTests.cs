using Analytics.Etl.Loading;
using Analytics.TestSupport;

namespace Analytics.Etl.Tests.Postgres;

/// <summary>Issue 10: no row of a database source is skipped for good, whatever happened on the previous read.</summary>
public sealed class PostgresWatermarkTests : LoadingTestBase, IClassFixture<ThrowawayPostgres>
{
    private readonly ThrowawayPostgres postgres;

    public PostgresWatermarkTests(ThrowawayPostgres postgres)
    {
        this.postgres = postgres;
        postgres.Execute(
            """
            drop schema if exists watermarks cascade;
            create schema watermarks;
            set search_path = watermarks;
            create table organisations (org_id text, level text, name_ru text, sector_id text, territorial_id text, region text, members int);
            insert into organisations values
                ('FED', 'federation', 'Федерация', null, null, null, null),
                ('S1', 'sector', 'Отрасль', null, null, null, null),
                ('T1', 'territorial', 'Территория', null, null, 'KZ-75', null),
                ('P1', 'primary', 'Первичка', 'S1', 'T1', 'KZ-75', 120);
            create table appeals (appeal_id text, received_at timestamptz, channel text, kind text, org_id text,
                                  text text, status text, satisfaction int, appellant_key text, updated_at timestamptz);
            insert into appeals values
                ('A1', '2026-09-10 10:00+05', 'web', 'question', 'P1', null, 'new', null, null, '2026-09-10 10:00+05');
            """);
    }

    private string Source => postgres.ConnectionString + ";Search Path=watermarks";

    [Fact]
    public void LoadFromPostgres_RowWithTheWatermarksOwnTimestamp_IsReadOnTheNextRun()
    {
        var loader = new BatchLoader(Warehouse.Database, Key);
        loader.LoadFromPostgres(Source);
        postgres.Execute(
            """
            insert into watermarks.appeals values
                ('A2', '2026-09-10 10:00+05', 'web', 'question', 'P1', null, 'new', null, null, '2026-09-10 10:00+05');
            """);

        var second = loader.LoadFromPostgres(Source).Files.Single(file => file.Dataset == "appeals");
        var third = loader.LoadFromPostgres(Source).Files.Single(file => file.Dataset == "appeals");

        Assert.Equal((1L, 1L), (second.RowsRead, second.RowsLoaded));
        Assert.Equal(0L, third.RowsRead);
        Assert.Equal(["A1", "A2"], Query<string>("select appeal_id from raw.appeals order by appeal_id"));
    }

    [Fact]
    public void LoadFromPostgres_RefusedTable_KeepsItsWatermarkSoRowsAreReadOnceRepaired()
    {
        postgres.Execute("alter table watermarks.appeals drop column channel");
        var loader = new BatchLoader(Warehouse.Database, Key);

        var refused = loader.LoadFromPostgres(Source).Files.Single(file => file.Dataset == "appeals");
        postgres.Execute("alter table watermarks.appeals add column channel text; update watermarks.appeals set channel = 'web'");
        var repaired = loader.LoadFromPostgres(Source).Files.Single(file => file.Dataset == "appeals");

        Assert.Equal(FileLoadStatus.Refused, refused.Status);
        Assert.Equal((1L, 1L), (repaired.RowsRead, repaired.RowsLoaded));
        Assert.Equal(["A1"], Query<string>("select appeal_id from raw.appeals"));
    }
}
