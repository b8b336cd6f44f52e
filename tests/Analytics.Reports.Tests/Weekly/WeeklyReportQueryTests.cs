using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Reports.Common;
using Analytics.Reports.Localization;
using Analytics.Reports.Weekly;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Reports.Tests.Weekly;

/// <summary>The query against a real warehouse: SmallFederation loaded and built at 2026-10-15 (week 7).</summary>
public sealed class WeeklyReportQueryTests : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    public WeeklyReportQueryTests()
    {
        SmallFederation.WriteTo(warehouse);
        new BatchLoader(warehouse.Database, new PseudonymKey("test-secret-of-sixteen-or-more")).Load(warehouse.Inbox);
        using var connection = warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, new DateOnly(2026, 10, 15), "test");
    }

    [Fact]
    public void Read_SmallFederation_FillsEverySection()
    {
        using var connection = warehouse.Database.Open();

        var report = WeeklyReportQuery.Read(connection, week: null);

        Assert.Equal(7, report.Header.Week);
        Assert.Equal([Activity.Events, Activity.Appeals, Activity.Cases, Activity.Publications], report.WeekOnWeek.Select(a => a.Activity));
        Assert.All(report.WeekOnWeek, a => Assert.NotNull(a.LastWeek));
        Assert.Equal(connection.ExecuteScalar<long>("select count(*) from marts.dim_regions"), report.Regions.Count);
        Assert.Contains(report.Inputs, i => i.FileName == "organisations.csv" && i.Sha256 is { Length: 64 });
        Assert.Equal(["S1", "S2"], report.Sectors.Select(s => s.OrgId).Order(StringComparer.Ordinal));
        Assert.All(report.Sectors, s => Assert.Equal(report.Completeness.Month, s.Reporting?.Month));
        Assert.Equal(report.RedZone.Worst.Count, report.Sectors.Sum(s => s.RedPrimaries));
        Assert.Equal(4, report.RedZone.ActivePrimaries); // P5 is closed
    }

    [Fact]
    public void Read_MartMissing_AsksForARebuildInBothLanguages()
    {
        using var connection = warehouse.Database.Open();
        connection.Execute("begin transaction");
        DropMart(connection, "mart_threat_light");

        var refusal = Assert.Throws<ReportUnavailableException>(() => WeeklyReportQuery.Read(connection, week: null));
        connection.Execute("rollback");

        Assert.Contains("analytics build", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("analytics build", refusal.MessageKk, StringComparison.Ordinal);
        Assert.Contains("қойма", refusal.MessageKk, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_MonitoringMartsPresent_ReadsThisWeeksProblemsAndZonesBySector()
    {
        using var connection = warehouse.Database.Open();
        DropMart(connection, "mart_barometer_emerging");
        DropMart(connection, "mart_threat_light");
        connection.Execute(
            """
            create table marts.mart_barometer_emerging as
            select * from (values
                (7, 'region', 'KZ-75', 'wages', 9, 6.5),
                (6, 'sector', 'S1', 'safety', 7, 5.0),
                (7, 'sector', 'S2', 'housing', 5, 5.0)
            ) as t(week, scope, key, topic, appeals, threshold);
            create table marts.mart_threat_light as
            select * from (values
                ('S1', 12.0, 'green', false, 2, 'low', 1.0),
                ('P1', 35.0, 'red', true, 8, 'high', 0.5),
                ('S2', 20.0, 'yellow', false, 4, 'medium', null),
                ('T1', 3.0, 'green', false, 1, 'low', null)
            ) as t(org_id, points, zone, regime, signs, signs_band, compliance);
            """);

        var report = WeeklyReportQuery.Read(connection, week: null);

        Assert.Equal([("KZ-75", "wages", 9L), ("S2", "housing", 5L)], report.EmergingProblems!.Select(e => (e.Key, e.Topic, e.Appeals)));
        Assert.Equal("Профсоюз здравоохранения", report.EmergingProblems![1].NameRu);
        var s1 = Assert.Single(report.ThreatLight!, t => t.SectorId == "S1");
        Assert.Equal((1L, 0L, 0L, 1L, 1L), (s1.Green, s1.Yellow, s1.Orange, s1.Red, s1.InRegime)); // the union and its primary P1
        var other = Assert.Single(report.ThreatLight!, t => t.SectorId is null); // T1
        Assert.Equal(1L, other.Green);
    }

    // Only P1 is orange or red (red): its line carries appendix 6's red-zone response, from marts.dim_threat_response;
    // a union's monthly report reads its own line only.
    [Fact]
    public void ThreatActions_OrangeOrRed_LinkedToTheResponseTheirZoneRequires()
    {
        using var connection = warehouse.Database.Open();
        DropMart(connection, "mart_threat_light");
        connection.Execute(
            """
            create table marts.mart_threat_light as
            select * from (values ('S1', 'green', false), ('P1', 'red', true), ('S2', 'orange', false), ('T1', 'yellow', false)) as t(org_id, zone, regime)
            """);

        var report = WeeklyReportQuery.Read(connection, week: null);
        var actions = report.ThreatActions;

        Assert.Equal([("P1", "red"), ("S2", "orange")], actions.Select(a => (a.OrgId, a.Zone)));
        Assert.Equal("немедленно проинформировать ФПРК и далее ежедневно, создать оперативный штаб", actions[0].ActionRu);
        Assert.Equal("ҚРКФ-ны дереу хабардар ету, жұмыс тобын шақыру", actions[1].ActionKk);
        Assert.Contains(
            "Профсоюз здравоохранения — оранжевая зона: немедленно проинформировать ФПРК, созвать рабочую группу",
            new WeeklyReportDocument(report).RenderHtml(ReportLanguage.Russian), StringComparison.Ordinal);
        Assert.Equal(["S2"], ThreatAction.Read(connection, "S2").Select(a => a.OrgId));
        Assert.Empty(ThreatAction.Read(connection, "S1"));
    }

    public void Dispose() => warehouse.Dispose();

    private static void DropMart(System.Data.IDbConnection connection, string name)
    {
        var type = connection.ExecuteScalar<string?>(
            "select table_type from information_schema.tables where table_schema = 'marts' and table_name = $name", new { name });
        if (type is not null)
        {
            connection.Execute($"drop {(type == "VIEW" ? "view" : "table")} marts.{name}");
        }
    }
}
