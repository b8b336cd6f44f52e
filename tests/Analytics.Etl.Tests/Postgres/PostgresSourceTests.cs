using Analytics.Etl.Loading;
using Analytics.TestSupport;

namespace Analytics.Etl.Tests.Postgres;

public sealed class PostgresSourceTests : LoadingTestBase, IClassFixture<ThrowawayPostgres>
{
    private readonly ThrowawayPostgres postgres;

    public PostgresSourceTests(ThrowawayPostgres postgres)
    {
        this.postgres = postgres;
        postgres.Execute(
            """
            drop schema if exists cabinet cascade;
            create schema cabinet;
            set search_path = cabinet;
            create table organisations (org_id text, level text, name_ru text, sector_id text, territorial_id text, region text, members int, updated timestamptz);
            insert into organisations values
                ('FED', 'federation', 'Федерация', null, null, null, null, now()),
                ('S1', 'sector', 'Отрасль', null, null, null, null, now()),
                ('T1', 'territorial', 'Территория', null, null, 'KZ-75', null, now()),
                ('P1', 'primary', 'Первичка', 'S1', 'T1', 'KZ-75', 120, now());
            create table appeal_rows (appeal_id text, received_at timestamptz, channel text, kind text, org_id text,
                                      text text, status text, satisfaction int, appellant_key text, updated_at timestamptz);
            create view appeals as select * from appeal_rows;
            insert into appeal_rows values
                ('A1', '2026-09-10 10:00+05', 'web', 'question', 'P1', 'Звоните 87011234567', 'new', null, 'cab-1', '2026-09-10 10:00+05'),
                ('A2', '2026-09-11 23:30+05', 'telegram', 'complaint', 'P1', null, 'new', null, null, '2026-09-11 23:30+05');
            """);
    }

    private string Source => postgres.ConnectionString + ";Search Path=cabinet";

    [Fact]
    public void LoadFromPostgres_TablesAndViewsNamedLikeDatasets_LoadWithTheFileRules()
    {
        var result = new BatchLoader(Warehouse.Database, Key).LoadFromPostgres(Source);

        Assert.Equal(
            [("organisations", 4L, 0L), ("appeals", 2L, 0L)],
            result.Files.Select(file => (file.Dataset!, file.RowsLoaded, file.RowsQuarantined)));
        Assert.Equal(new DateTime(2026, 9, 11, 18, 30, 0), Query<DateTime>("select received_at from raw.appeals where appeal_id = 'A2'").Single());
        Assert.Equal("Звоните [телефон]", Query<string>("select text from raw.appeals where appeal_id = 'A1'").Single());
        Assert.Equal(Key.Hash("cab-1"), Query<string>("select appellant_key from raw.appeals where appeal_id = 'A1'").Single());
        Assert.DoesNotContain("Password", result.Files[0].FileName, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LoadFromPostgres_Confirmations_LoadWithTheirRulesAndConfirmedAtAsWatermark()
    {
        postgres.Execute(
            """
            set search_path = cabinet;
            create table confirmations (confirmation_id text, org_id text, period text, status text, confirmed_at timestamptz, confirmed_by text);
            insert into confirmations values
                ('CF1', 'S1', '2026-09', 'confirmed', '2026-10-03 10:00+05', 'Иванов И.'),
                ('CF2', 'P1', '2026-09', 'confirmed', '2026-10-03 11:00+05', null);
            """);

        var result = new BatchLoader(Warehouse.Database, Key).LoadFromPostgres(Source);

        var confirmations = result.Files.Single(file => file.Dataset == "confirmations");
        // CF2 comes from a primary: only sector unions and territorial associations confirm.
        Assert.Equal((1L, 1L), (confirmations.RowsLoaded, confirmations.RowsQuarantined));
        Assert.Equal("org_id", Query<string>("select column_name from raw.quarantine where dataset = 'confirmations'").Single());
        Assert.Empty(Query<string>("select confirmation_id from raw.confirmations where org_id = 'P1'"));
        // The latest confirmed_at read, 11:00 at UTC+05:00.
        Assert.Equal(
            "2026-10-03 06:00:00+00",
            Query<string>("select watermark from raw.source_watermarks where dataset = 'confirmations'").Single());
    }

    [Fact]
    public void LoadFromPostgres_SecondRun_ReadsOnlyRowsPastTheWatermark()
    {
        var loader = new BatchLoader(Warehouse.Database, Key);
        loader.LoadFromPostgres(Source);
        postgres.Execute(
            """
            set search_path = cabinet;
            update appeal_rows set status = 'resolved', updated_at = '2026-09-12 09:00+05' where appeal_id = 'A2';
            insert into appeal_rows values ('A3', '2026-09-12 08:00+05', 'web', 'problem', 'P1', null, 'new', 4, null, '2026-09-12 08:00+05');
            """);

        var second = loader.LoadFromPostgres(Source);

        var appeals = second.Files.Single(file => file.Dataset == "appeals");
        Assert.Equal((2L, 2L), (appeals.RowsRead, appeals.RowsLoaded));
        Assert.Equal(FileLoadStatus.Duplicate, second.Files.Single(file => file.Dataset == "organisations").Status);
        // A1 and A2 from the first run, then A2's new version and A3: four versions of three appeals.
        Assert.Equal(4L, Query<long>("select count(*) from raw.appeals").Single());
        Assert.Equal(3L, Query<long>("select count(distinct appeal_id) from raw.appeals").Single());
        Assert.Equal(
            "2026-09-12 04:00:00+00",
            Query<string>("select watermark from raw.source_watermarks where dataset = 'appeals'").Single());

        var third = loader.LoadFromPostgres(Source);

        Assert.Equal(0L, third.Files.Sum(file => file.RowsLoaded));
        Assert.Equal(4L, Query<long>("select count(*) from raw.appeals").Single());
    }
}
