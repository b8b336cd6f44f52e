using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Extracts;
using Analytics.Warehouse.Migrations;
using Analytics.Warehouse.Runner;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Releases;

/// <summary>What <see cref="MonthRelease.Make"/> did: a new revision with its count of changes, or none since nothing changed.</summary>
public sealed record ReleaseOutcome(int Month, int Revision, long? Changes, bool Made, string Folder);

/// <summary>
/// Methodology §14: freezes a month's figures as computed at its last day. The warehouse is copied while held (so no
/// load or build is half-seen), the models are run on the copy at that cut-off, every extract table and every mart is
/// written to Parquet in a scratch folder beside the releases, compared with the latest revision, and renamed into
/// place as the next revision only when some value differs. The warehouse itself and its current build are untouched.
/// The unions' confirmations are those in force at release time (every confirmation given by the release's day,
/// whatever the cut-off of the warehouse's own build): they vouch for the figures and change none of them.
/// </summary>
public static class MonthRelease
{
    private static readonly string[] ConfirmationMarts = ["mart_confirmations", "mart_confirmations_summary"];

    public static ReleaseOutcome Make(WarehouseDatabase database, int month, string productVersion, DateTimeOffset releasedAt)
    {
        var store = ReleaseStore.Beside(database);
        Directory.CreateDirectory(store.Root);
        var scratch = Path.Combine(store.Root, $".writing-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(scratch, ReleasedRevision.ExtractsFolder));
        Directory.CreateDirectory(Path.Combine(scratch, ReleasedRevision.MartsFolder));
        var copy = scratch + ".duckdb";
        var copyDatabase = new WarehouseDatabase(copy) { Memory = database.Memory };
        try
        {
            var held = CopyHeldWarehouse(database, month, copy);
            var confirmations = BuildCopy(copyDatabase, held.Cutoff, month, ReleaseDay(releasedAt), productVersion, scratch);
            var latest = store.Latest(month);
            var revision = (latest?.Revision ?? 0) + 1;
            long? changes = null;
            // The two revisions' Parquet files are compared in the copy's DuckDB, which can spill beside the copy:
            // at national scale a comparison needs more than the memory limit.
            using (var comparing = copyDatabase.Open())
            {
                var changesFile = Path.Combine(scratch, ReleasedRevision.ChangesFile);
                if (latest is null)
                {
                    ReleaseChanges.WriteNone(comparing, month, changesFile);
                }
                else
                {
                    changes = ReleaseChanges.Write(comparing, latest.Folder, scratch, month, revision, changesFile);
                    if (changes == 0)
                    {
                        return new ReleaseOutcome(month, latest.Revision, 0, Made: false, latest.Folder);
                    }
                }
            }

            held.Manifest(month, revision, changes, releasedAt, productVersion, store.Warehouse, confirmations).Write(Path.Combine(scratch, ReleaseManifest.FileName));
            var target = store.RevisionFolder(month, revision);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Directory.Move(scratch, target);
            return new ReleaseOutcome(month, revision, changes, Made: true, target);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }

            File.Delete(copy);
            File.Delete(copy + ".wal");
            if (Directory.Exists(copyDatabase.SpillDirectory))
            {
                Directory.Delete(copyDatabase.SpillDirectory, recursive: true);
            }
        }
    }

    /// <summary>Methodology §1: the day in Asia/Almaty (UTC+05:00).</summary>
    private static DateOnly ReleaseDay(DateTimeOffset releasedAt) => DateOnly.FromDateTime(releasedAt.ToOffset(TimeSpan.FromHours(5)).DateTime);

    /// <summary>Checks the month can be released, notes the batches loaded, and copies the warehouse's file while holding it.</summary>
    private static HeldWarehouse CopyHeldWarehouse(WarehouseDatabase database, int month, string copy)
    {
        using var live = database.Open();
        var campaign = WarehouseConfiguration.LoadCampaign(live);
        if (month < 1 || month > campaign.Months)
        {
            throw new ConfigurationException(
                $"--month: кампания длится {campaign.Months} мес., месяца {month} в ней нет.",
                $"--month: науқан {campaign.Months} айға созылады, онда {month}-ай жоқ.");
        }

        var monthEnd = campaign.FirstDay.AddMonths(month).AddDays(-1);
        var built = live.ExecuteScalar<DateTime?>("select max(cutoff) from config.build");
        if (built is not { } cutoff || DateOnly.FromDateTime(cutoff) < monthEnd)
        {
            var shown = built is { } date ? DateOnly.FromDateTime(date).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : "—";
            throw new ConfigurationException(
                $"Месяц {month} ещё не закончен для хранилища: дата среза сборки {shown}, а выпуск требует среза не раньше последнего дня месяца {monthEnd:dd.MM.yyyy}. Выполните analytics build --cutoff {monthEnd:yyyy-MM-dd} или позже и повторите. Ничего не выпущено.",
                $"{month}-ай қойма үшін әлі аяқталмаған: жинақтың кесу күні {shown}, ал шығарылым айдың соңғы күнінен ({monthEnd:dd.MM.yyyy}) ерте емес кесуді қажет етеді. analytics build --cutoff {monthEnd:yyyy-MM-dd} немесе кейінірек орындап, қайталаңыз. Ештеңе шығарылмады.");
        }

        var inputs = live.Query<(long BatchId, string FileName, string? Dataset, string Sha256)>(
                "select batch_id, file_name, dataset, sha256 from raw.load_journal where status = 'loaded' order by batch_id, file_name, dataset")
            .Select(row => new ReleaseInput(row.BatchId, row.FileName, row.Dataset, row.Sha256))
            .ToList();
        var lastBatch = live.ExecuteScalar<long?>("select max(batch_id) from raw.load_journal") ?? 0;
        live.Execute("checkpoint");
        File.Copy(database.Path, copy);
        return new HeldWarehouse(monthEnd, inputs, lastBatch);
    }

    /// <returns>The unions' confirmations of the month, in force at <paramref name="releaseDay"/>.</returns>
    private static List<ReleaseConfirmation> BuildCopy(
        WarehouseDatabase copy, DateOnly cutoff, int month, DateOnly releaseDay, string productVersion, string scratch)
    {
        using var connection = copy.Open();
        // the live warehouse is only read, so it may be of an earlier version's schema: the copy is brought up to date
        WarehouseMigrator.Migrate(copy);
        // a release recomputes every model from the raw data: nothing edited in the live warehouse can reach it
        ModelRunner.Shipped().Build(connection, cutoff, productVersion, full: true);
        foreach (var table in ExtractCatalog.Tables.Where(table => table.Name != "confirmations"))
        {
            connection.Execute($"copy ({table.ReleasedQuery ?? table.Query}) to '{Sql.Escape(ReleasedRevision.ExtractFileIn(scratch, table.Name))}' (format parquet)", commandTimeout: 0);
        }

        var marts = connection.Query<string>("select table_name from information_schema.tables where table_schema = 'marts' order by table_name")
            .Where(mart => !ConfirmationMarts.Contains(mart));
        foreach (var mart in marts)
        {
            connection.Execute($"copy (select * from marts.{mart}) to '{Sql.Escape(Path.Combine(scratch, ReleasedRevision.MartsFolder, mart + ".parquet"))}' (format parquet)", commandTimeout: 0);
        }

        return WriteConfirmations(connection, month, releaseDay, scratch);
    }

    /// <summary>
    /// The confirmation models computed again in the copy, its registry at the month's end, with the release's day as
    /// the cut-off for confirmations: a build of the warehouse at an earlier cut-off does not withdraw one already given.
    /// </summary>
    private static List<ReleaseConfirmation> WriteConfirmations(DuckDBConnection connection, int month, DateOnly releaseDay, string scratch)
    {
        var asOf = $"(select DATE '{releaseDay:yyyy-MM-dd}' as cutoff)";
        foreach (var model in ModelRunner.Shipped().Ordered.Where(model => model.Layer == ModelLayer.Marts && ConfirmationMarts.Contains(model.Name)))
        {
            connection.Execute($"create or replace table {model.QualifiedName} as\n{model.Sql.Replace("config.build", asOf, StringComparison.Ordinal)}");
        }

        var monthText = month.ToString(CultureInfo.InvariantCulture);
        connection.Execute($"copy (select month, scope, key, confirmed from marts.mart_confirmations where month <= {monthText} order by month, scope, key) to '{Sql.Escape(ReleasedRevision.ExtractFileIn(scratch, "confirmations"))}' (format parquet)");
        foreach (var mart in ConfirmationMarts)
        {
            connection.Execute($"copy (select * from marts.{mart} where month <= {monthText} order by all) to '{Sql.Escape(Path.Combine(scratch, ReleasedRevision.MartsFolder, mart + ".parquet"))}' (format parquet)");
        }

        return connection.Query<(string Scope, string Key, bool Confirmed)>(
                $"select scope, key, confirmed from marts.mart_confirmations where month = {monthText} order by scope, key")
            .Select(row => new ReleaseConfirmation(row.Scope, row.Key, row.Confirmed))
            .ToList();
    }

    private sealed record HeldWarehouse(DateOnly Cutoff, IReadOnlyList<ReleaseInput> Inputs, long LastBatch)
    {
        public ReleaseManifest Manifest(
            int month, int revision, long? changes, DateTimeOffset releasedAt, string productVersion, string warehouse, IReadOnlyList<ReleaseConfirmation> confirmations) => new(
            month,
            revision,
            Cutoff,
            releasedAt,
            productVersion,
            Sha256(string.Join("\n", Inputs.Select(input => $"{input.Dataset}\t{input.FileName}\t{input.Sha256}").Order(StringComparer.Ordinal))),
            LastBatch,
            changes,
            Inputs,
            ModelRunner.Shipped().Ordered.ToDictionary(model => model.QualifiedName, model => Sha256(model.Sql), StringComparer.Ordinal),
            confirmations,
            warehouse);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
