using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Extracts;
using Analytics.Warehouse.Releases;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests.Releases;

/// <summary>
/// Methodology §14 on the small federation built at 2026-10-15: month 1 (September) is complete and can be released,
/// month 2 (October) is in progress and cannot. A release is computed at the month's last day (30.09), so events of
/// October are not in it; September's figures change only when September's data does.
/// </summary>
public sealed class ReleaseTests : IDisposable
{
    private static readonly DateTimeOffset ReleasedAt = new(2026, 10, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly TemporaryWarehouse warehouse = new();

    public ReleaseTests()
    {
        SmallFederation.WriteTo(warehouse);
        Load();
        Build(new DateOnly(2026, 10, 15));
    }

    private ReleaseStore Store => ReleaseStore.Beside(warehouse.Database);

    [Fact]
    public void Release_CompleteMonth_FreezesEveryExtractTableAtItsLastDayAsRevision1()
    {
        var outcome = MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);

        Assert.Equal((1, 1, (long?)null, true), (outcome.Month, outcome.Revision, outcome.Changes, outcome.Made));
        var revision = Store.Latest(1)!;
        Assert.Equal(new DateOnly(2026, 9, 30), revision.Manifest.Cutoff);
        Assert.All(ExtractCatalog.Tables, table => Assert.True(File.Exists(revision.ExtractFile(table.Name)), table.Name));
        Assert.True(File.Exists(Path.Combine(revision.MartsPath, "mart_kpi.parquet")));
        // Events E1..E14: E3, E4, E6 are dated in October, E8 (31.08) before the campaign (it counts nowhere).
        Assert.Equal(["E1", "E10", "E11", "E12", "E13", "E14", "E2", "E5", "E7", "E9"], Read<string>(revision.ExtractFile("fct_events"), "event_id"));
        // The warehouse's own build is untouched: still cut-off 15.10, with October's events up to it (all but E6 of
        // 16.10 and E8 of 31.08: 12).
        using var connection = warehouse.Database.Open();
        Assert.Equal(new DateTime(2026, 10, 15), connection.ExecuteScalar<DateTime>("select cutoff from config.build"));
        Assert.Equal(12, connection.ExecuteScalar<long>("select count(*) from marts.fct_events"));
    }

    [Fact]
    public void Release_WarehouseBuiltBeforeTheLastMigration_IsReleasedFromAMigratedCopy()
    {
        using (var connection = warehouse.Database.Open())
        {
            // the warehouse as the version before migration 0015 left it
            connection.Execute("alter table ops.model_state drop column basis; alter table ops.model_state drop column source_rows; alter table ops.model_state drop column source_batch");
            connection.Execute("delete from meta.schema_versions where script_name like '%0015%'");
        }

        var outcome = MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);

        Assert.Equal((1, 1, true), (outcome.Month, outcome.Revision, outcome.Made));
        // the live warehouse is only read: the next load or build migrates it
        using var live = warehouse.Database.Open();
        Assert.Equal(0L, live.ExecuteScalar<long>("select count(*) from information_schema.columns where table_schema = 'ops' and table_name = 'model_state' and column_name = 'basis'"));
    }

    [Fact]
    public void Release_Manifest_HoldsInputsModelsAndConfirmations()
    {
        MonthRelease.Make(warehouse.Database, 1, "9.9.9", ReleasedAt);

        var manifest = Store.Latest(1)!.Manifest;
        Assert.Equal("9.9.9", manifest.ProductVersion);
        Assert.Equal(ReleasedAt, manifest.ReleasedAt);
        Assert.Equal(1, manifest.LastBatch);
        Assert.Equal(["cases.csv", "events.csv", "org_reports.csv", "organisations.csv"], manifest.Inputs.Select(i => i.FileName).Order(StringComparer.Ordinal));
        Assert.All(manifest.Inputs, input => Assert.Matches("^[0-9a-f]{64}$", input.Sha256));
        Assert.Equal(ModelRunner.Shipped().Ordered.Count, manifest.ModelsSha256.Count);
        // No confirmations were delivered: S1, S2 and T1 are listed, none confirmed.
        Assert.Equal(
            [new ReleaseConfirmation("sector", "S1", false), new ReleaseConfirmation("sector", "S2", false), new ReleaseConfirmation("territorial", "T1", false)],
            manifest.Confirmations);
    }

    /// <summary>
    /// The confirmations are those in force at release time: S1 confirmed September on 02.10, so a release after a
    /// build at 30.09 (before the confirmation) still has it, and with nothing else changed makes no new revision.
    /// </summary>
    [Fact]
    public void Release_AfterABuildAtAnEarlierCutoff_KeepsTheConfirmationsAlreadyGiven()
    {
        warehouse.ClearInbox();
        warehouse.Write("confirmations.csv", "confirmation_id,org_id,period,status,confirmed_at", "CF1,S1,2026-09,confirmed,2026-10-02T10:00:00+05:00");
        Load();
        Build(new DateOnly(2026, 10, 15));
        var first = MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);

        Build(new DateOnly(2026, 9, 30));
        var again = MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);

        Assert.Equal((1, true), (first.Revision, first.Made));
        Assert.Equal((1, false), (again.Revision, again.Made));
        var manifest = Store.Latest(1)!.Manifest;
        Assert.Contains(new ReleaseConfirmation("sector", "S1", true), manifest.Confirmations);
        Assert.Equal([false, false, true], Read<bool>(Store.Latest(1)!.ExtractFile("confirmations"), "confirmed"));
    }

    [Fact]
    public void Release_MonthInProgress_IsRefusedAndNothingWritten()
    {
        // Month 2 ends on 31.10; the build's cut-off is 15.10.
        var refused = Assert.Throws<ConfigurationException>(() => MonthRelease.Make(warehouse.Database, 2, "test", ReleasedAt));

        Assert.Contains("31.10.2026", refused.Message, StringComparison.Ordinal);
        Assert.Contains("analytics build --cutoff 2026-10-31", refused.MessageKk, StringComparison.Ordinal);
        Assert.Empty(Store.All());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Store.Root));
    }

    [Fact]
    public void Release_OnTheMonthsLastDay_IsAllowed()
    {
        // The boundary: a build at 30.09 is a build on the month's last day.
        Build(new DateOnly(2026, 9, 30));

        Assert.True(MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt).Made);
    }

    [Fact]
    public void Release_Again_NothingChanged_MakesNoRevision()
    {
        MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);

        var again = MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt.AddDays(1));

        Assert.Equal((1, 0L, false), (again.Revision, again.Changes, again.Made));
        Assert.Single(Store.Revisions(1));
    }

    [Fact]
    public void Release_AfterACorrectionOfALaterMonth_MakesNoRevision()
    {
        MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);
        // An event of 10.10 is after September's last day: no figure of month 1 moves.
        LoadEvents("E20,P2,members_meeting,2026-10-10,25,,,offline,");
        Build(new DateOnly(2026, 10, 15));

        Assert.False(MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt.AddDays(1)).Made);
    }

    [Fact]
    public void Release_QuarantineHoldsTheBatchesLoadedByTheMonthsLastDay_ALaterBatchsBadRowMakesNoRevision()
    {
        // Batch 2 starts at 30.09 23:59:59 local (18:59:59 UTC), still September's last day; batch 3 at 01.10 00:00
        // local (19:00 UTC), after it. Each brings one event whose participants are not a number: quarantined. Batch 1
        // is put on 05.10, whatever the machine's clock says.
        StartedAt(1, "2026-10-05 04:00:00");
        LoadEvents("E21,P2,members_meeting,2026-09-21,x,,,offline,");
        StartedAt(2, "2026-09-30 18:59:59");
        Build(new DateOnly(2026, 10, 15));
        MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);
        LoadEvents("E22,P2,members_meeting,2026-10-10,y,,,offline,");
        StartedAt(3, "2026-09-30 19:00:00");
        Build(new DateOnly(2026, 10, 15));

        var again = MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt.AddDays(1));

        Assert.False(again.Made);
        Assert.Equal([2L], Read<long>(Store.Latest(1)!.ExtractFile("quarantine"), "batch"));
        // The warehouse's own extract still lists every quarantined row.
        using var connection = warehouse.Database.Open();
        var quarantine = ExtractCatalog.Tables.Single(table => table.Name == "quarantine");
        Assert.Equal([2L, 3L], connection.Query<long>($"select batch from ({quarantine.Query}) where batch > 1").ToList());
    }

    [Fact]
    public void Release_AfterACorrectionOfTheMonth_MakesRevision2WithItsChanges()
    {
        MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);
        // P2 held a members' meeting on 20.09. By 30.09 it had the unified day (E5, 05.09), a help story (C2, submitted
        // 20.09) and legal aid (4 consultations in its September report): 3 of 5 items = 0.6; the meeting makes 4 of 5 = 0.8.
        LoadEvents("E20,P2,members_meeting,2026-09-20,25,,,offline,");
        Build(new DateOnly(2026, 10, 15));

        var outcome = MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt.AddDays(1));

        Assert.Equal((2, true), (outcome.Revision, outcome.Made));
        var changes = Changes(Store.Latest(1)!);
        Assert.Equal(outcome.Changes, changes.Count);
        // The new event appears as one change, its whole row on the new side.
        var appeared = Assert.Single(changes, c => c.Table == "fct_events");
        Assert.Equal(("E20", null, null), (appeared.Key, appeared.Column, appeared.OldValue));
        Assert.StartsWith("event_id=E20, ", appeared.NewValue, StringComparison.Ordinal);
        Assert.Contains(new Change("min_standard", "P2", "meeting", "false", "true"), changes);
        Assert.Contains(new Change("min_standard", "P2", "completion", "0.6", "0.8"), changes);
        Assert.Contains(new Change("campaign_map", "primary|P2", "completion", "0.6", "0.8"), changes);
        // Revision 1 is untouched: P2 still has no meeting there.
        using var memory = WarehouseDatabase.OpenInMemory();
        Assert.False(memory.ExecuteScalar<bool>($"select meeting from read_parquet('{Store.Revisions(1)[0].ExtractFile("min_standard")}') where org_id = 'P2'"));
    }

    [Fact]
    public void Changes_CountAValueChangeAnAppearedAndADisappearedRowOnceEach_AndIgnoreNoiseBeyond9Places()
    {
        MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);
        var original = Store.Latest(1)!;
        var altered = Path.Combine(warehouse.Root, "altered");
        Directory.CreateDirectory(Path.Combine(altered, ReleasedRevision.ExtractsFolder));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(original.Folder, ReleasedRevision.ExtractsFolder)))
        {
            File.Copy(file, Path.Combine(altered, ReleasedRevision.ExtractsFolder, Path.GetFileName(file)));
        }

        using var memory = WarehouseDatabase.OpenInMemory();
        // P1's completion moves by 1e-12 (no change once rounded to 9 places), P2's meeting flips (1 change),
        // P4 disappears (1 change) and P9 appears (1 change): 3 changes.
        memory.Execute(
            $"""
            copy (
                select * replace (
                    case when org_id = 'P1' then completion + 1e-12 else completion end as completion,
                    case when org_id = 'P2' then not meeting else meeting end as meeting)
                from read_parquet('{original.ExtractFile("min_standard")}') where org_id <> 'P4'
                union all
                select 'P9', true, true, true, true, true, 1.0
            ) to '{ReleasedRevision.ExtractFileIn(altered, "min_standard")}' (format parquet)
            """);
        var target = Path.Combine(warehouse.Root, "changes.parquet");

        var count = ReleaseChanges.Write(memory, original.Folder, altered, 1, 2, target);

        Assert.Equal(3, count);
        var changes = memory.Query<(string Key, string? Column, string? OldValue, string? NewValue)>(
            $"select key, \"column\", old_value, new_value from read_parquet('{target}') order by key").ToList();
        Assert.Equal(("P2", "meeting", "false", "true"), changes[0]);
        Assert.Equal(("P4", null), (changes[1].Key, changes[1].Column));
        Assert.StartsWith("org_id=P4, unified_day=", changes[1].OldValue, StringComparison.Ordinal);
        Assert.Null(changes[1].NewValue);
        Assert.Equal(("P9", null, null, "org_id=P9, unified_day=true, meeting=true, help_story=true, legal_aid_day=true, because_action=true, completion=1.0"), changes[2]);
    }

    [Fact]
    public void Release_NaturalKeys_NameOneRowEach()
    {
        MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);
        var revision = Store.Latest(1)!;

        using var memory = WarehouseDatabase.OpenInMemory();
        Assert.All(ExtractCatalog.Tables, table =>
        {
            var key = string.Join(", ", table.Key.Select(column => $"\"{column}\""));
            var duplicates = memory.ExecuteScalar<long>(
                $"select count(*) from (select {key} from read_parquet('{revision.ExtractFile(table.Name)}') group by all having count(*) > 1)");
            Assert.True(duplicates == 0, $"{table.Name}: {duplicates} duplicate key(s) ({key})");
        });
    }

    /// <summary>Two warehouses in one folder share <c>releases</c>: one's revisions are refused to the other, whose reports would print them.</summary>
    [Fact]
    public void Release_OfAnotherWarehouseInTheSameFolder_IsRefusedNamingBoth()
    {
        MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);
        var other = new WarehouseDatabase(Path.Combine(warehouse.Root, "other.duckdb"));
        File.Copy(warehouse.Database.Path, other.Path);

        var refusal = Assert.Throws<ConfigurationException>(() => MonthRelease.Make(other, 1, "test", ReleasedAt));
        var reading = Assert.Throws<ConfigurationException>(() => ReleaseStore.Beside(other).All());

        Assert.Contains("хранит выпуски хранилища warehouse.duckdb", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("а не other.duckdb. Если это хранилище переименовано, верните файлу имя warehouse.duckdb;", reading.Message, StringComparison.Ordinal);
        Assert.Contains("other.duckdb емес, warehouse.duckdb қоймасының шығарылымдары", reading.MessageKk, StringComparison.Ordinal);
        Assert.Equal([1], Store.All().Select(revision => revision.Revision));
    }

    /// <summary>A revision released before manifests named their warehouse belongs to whichever warehouse reads it.</summary>
    [Fact]
    public void Release_RevisionWithoutAWarehouseName_IsReadByAnyWarehouse()
    {
        MonthRelease.Make(warehouse.Database, 1, "test", ReleasedAt);
        var manifest = Path.Combine(Store.Latest(1)!.Folder, ReleaseManifest.FileName);
        File.WriteAllText(manifest, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(manifest), @",\s*""warehouse"": ""warehouse.duckdb""", ""));

        var other = new WarehouseDatabase(Path.Combine(warehouse.Root, "other.duckdb"));

        Assert.Null(Store.Latest(1)!.Manifest.Warehouse);
        Assert.Equal([1], ReleaseStore.Beside(other).All().Select(revision => revision.Revision));
    }

    public void Dispose() => warehouse.Dispose();

    private void Load() => new BatchLoader(warehouse.Database, new PseudonymKey("test-secret-of-sixteen-or-more")).Load(warehouse.Inbox);

    private void LoadEvents(string row)
    {
        warehouse.ClearInbox();
        warehouse.Write("events_correction.csv", "event_id,org_id,type,date,participants,youth_participants,title,format,submitted_at", row);
        Load();
    }

    private void StartedAt(long batch, string utc)
    {
        using var connection = warehouse.Database.Open();
        connection.Execute("update raw.load_batches set started_at = $utc::timestamp where batch_id = $batch", new { utc, batch });
    }

    private void Build(DateOnly cutoff)
    {
        using var connection = warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, cutoff, "test");
    }

    private static List<T> Read<T>(string file, string column)
    {
        using var memory = WarehouseDatabase.OpenInMemory();
        return memory.Query<T>($"select \"{column}\" from read_parquet('{file}') order by 1").ToList();
    }

    private static List<Change> Changes(ReleasedRevision revision)
    {
        using var memory = WarehouseDatabase.OpenInMemory();
        return memory.Query<Change>($"select \"table\", key, \"column\", old_value as oldvalue, new_value as newvalue from read_parquet('{revision.ChangesPath}')").ToList();
    }

    private sealed record Change(string Table, string Key, string? Column, string? OldValue, string? NewValue);
}
