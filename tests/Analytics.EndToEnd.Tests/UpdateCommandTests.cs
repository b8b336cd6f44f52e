using System.Globalization;
using Analytics.Cli.Commands;
using Analytics.Cli.Console;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Dapper;

namespace Analytics.EndToEnd.Tests;

/// <summary>`analytics update` loads a batch and rebuilds the models in one command, giving what `load` then `build` give.</summary>
public sealed class UpdateCommandTests : IDisposable
{
    private readonly TemporaryWarehouse updated = new();

    private readonly TemporaryWarehouse loadedThenBuilt = new();

    [Fact]
    public void Update_TwoBatches_GiveWhatLoadThenBuildGive()
    {
        SmallFederation.WriteTo(updated);
        SmallFederation.WriteTo(loadedThenBuilt);
        foreach (var warehouse in new[] { updated, loadedThenBuilt })
        {
            warehouse.Write("events_extra.csv", "event_id,org_id,date,participants", "E9,P1,2026-09-03,4");
        }

        var first = Run(updated, 3, "update", updated.Inbox, "--cutoff", "2026-10-15");
        Run(loadedThenBuilt, 3, "load", loadedThenBuilt.Inbox);
        Run(loadedThenBuilt, 0, "build", "--cutoff", "2026-10-15");
        foreach (var warehouse in new[] { updated, loadedThenBuilt })
        {
            warehouse.ClearInbox();
            warehouse.Write("events_late.csv", "event_id,org_id,type,date,participants,submitted_at", "E-LATE-1,P1,members_meeting,2026-10-01,12,");
        }

        var second = Run(updated, 0, "update", updated.Inbox, "--cutoff", "2026-10-15", "--lang", "kk");
        Run(loadedThenBuilt, 0, "load", loadedThenBuilt.Inbox);
        Run(loadedThenBuilt, 0, "build", "--cutoff", "2026-10-15");

        // the refused file does not stop the build: the models are rebuilt, and the exit code says a file was refused
        Assert.Contains("не приняты файлы: events_extra.csv", first.Output, StringComparison.Ordinal);
        Assert.Contains("Модели пересчитаны на дату среза 15.10.2026", first.Output, StringComparison.Ordinal);
        Assert.Contains("2-пакет: оқылды 1, жүктелді 1, карантинде 0", second.Output, StringComparison.Ordinal);
        Assert.Matches(@"қайта есептелді \(оның ішінде 1 — тек жаңа пакеттердің жолдары бойынша\)", second.Output);

        Run(updated, 0, "extract", "--out", "extract", "--format", "csv");
        Run(loadedThenBuilt, 0, "extract", "--out", "extract", "--format", "csv");
        var files = Directory.GetFiles(Path.Combine(updated.Root, "extract"), "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Contains("min_standard.csv", files);
        Assert.Equal(files, Directory.GetFiles(Path.Combine(loadedThenBuilt.Root, "extract"), "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.Equal(
            File.ReadAllText(Path.Combine(loadedThenBuilt.Root, "extract", file)), File.ReadAllText(Path.Combine(updated.Root, "extract", file))));
    }

    [Fact]
    public void Update_StoppedBeforeTheBatch_LeavesNoWarehouse_NoFolderIsUsage()
    {
        SmallFederation.WriteTo(updated);

        var malformed = AnalyticsProcess.Run(updated.Root, "update", updated.Inbox, "--cutoff", "2026-13-01");
        File.WriteAllText(Path.Combine(updated.Root, "load-reports"), "");
        var noReportsFolder = AnalyticsProcess.Run(updated.Root, "update", updated.Inbox, "--cutoff", "2026-10-15");
        var noFolder = AnalyticsProcess.Run(updated.Root, "update", "--cutoff", "2026-10-15");

        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("--cutoff: ожидалась дата ГГГГ-ММ-ДД, найдено \"2026-13-01\"", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(1, noReportsFolder.ExitCode);
        Assert.Contains("Ничего не загружено", noReportsFolder.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(updated.Database.Path));
        Assert.Equal(2, noFolder.ExitCode);
    }

    [Fact]
    public void Update_CutoffBeforeTheCampaign_SavesTheBatchAndSaysTheBuildWasRefused()
    {
        UpdatedThenALateEventDelivered();

        var refused = Run(updated, 1, "update", updated.Inbox, "--cutoff", "2026-08-31", "--lang", "kk");

        Assert.Contains("Пакет жүктеліп, қоймада сақталды, бірақ модельдер қайта есептелмеді", refused.Error, StringComparison.Ordinal);
        Assert.Contains("науқан басталғаннан (01.09.2026) ерте", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2L, Batches());
    }

    /// <summary>The load report cannot be written (a folder is in its place) after the batch was committed.</summary>
    [Fact]
    public void Update_LoadReportFailsAfterTheCommit_SaysTheBatchIsSaved()
    {
        UpdatedThenALateEventDelivered();
        Directory.CreateDirectory(Path.Combine(updated.Root, "load-reports", "batch-0002.md"));

        var failed = AnalyticsProcess.Run(updated.Root, "update", updated.Inbox, "--cutoff", "2026-10-15");

        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("Пакет загружен и сохранён в хранилище, но модели не пересчитаны", failed.Error, StringComparison.Ordinal);
        Assert.Equal(2L, Batches());
    }

    /// <summary>A registry delivered before its campaign starts is kept; with no cut-off given, there is nothing to build yet.</summary>
    [Fact]
    public void Update_CampaignNotStartedYet_NoCutoff_KeepsTheBatchAndBuildsNothing()
    {
        SmallFederation.WriteTo(updated);
        updated.Write("campaign.json", """{"start_month": "2099-01", "months": 4}""");

        var early = Run(updated, 0, "update", updated.Inbox);

        Assert.Contains("Кампания начнётся 01.01.2099: пакет сохранён", early.Output, StringComparison.Ordinal);
        Assert.Equal(1L, Batches());
        using var connection = updated.Database.Open();
        Assert.Equal(0L, connection.ExecuteScalar<long>("select count(*) from config.build"));
    }

    /// <summary>
    /// The boundary, midnight in Asia/Almaty: at 23:59:59 on 31.08.2026 (18:59:59 UTC) the campaign of September has
    /// not begun and nothing is built; one second later, 01.09.2026 in Almaty although still 31.08 in UTC, it has.
    /// </summary>
    [Theory]
    [InlineData("2026-08-31T18:59:59Z", "Кампания начнётся 01.09.2026: пакет сохранён")]
    [InlineData("2026-08-31T19:00:00Z", "Модели пересчитаны на дату среза 01.09.2026")]
    public void Update_NoCutoff_CampaignBegunAtAlmatyMidnight(string now, string said)
    {
        SmallFederation.WriteTo(updated);
        using var output = new StringWriter();

        var exit = UpdateCommand.Run(
            updated.Database, BatchSource.Folder(updated.Inbox), new PseudonymKey(AnalyticsProcess.Secret), cutoff: null,
            DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), new CliLanguage("ru"), output, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Contains(said, output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A batch of events alone on a new warehouse is saved (its row quarantined), and the build's data tests then fail for want of a registry.</summary>
    [Fact]
    public void Update_BuildFailsAfterTheBatch_SaysTheBatchIsSavedAndToRebuild()
    {
        updated.Write("events.csv", "event_id,org_id,type,date,participants,submitted_at", "E1,P1,members_meeting,2026-10-01,12,");

        var failed = Run(updated, 1, "update", updated.Inbox, "--cutoff", "2026-10-15");

        Assert.Contains("Пакет 1: прочитано 1, загружено 0, в карантине 1", failed.Output, StringComparison.Ordinal);
        Assert.Contains("Пакет загружен и сохранён в хранилище, но модели не пересчитаны; устранив причину, запустите analytics build:", failed.Error, StringComparison.Ordinal);
        Assert.Contains(
            "Проверка данных на дату среза 15.10.2026 не пройдена (1), пересчёт отменён, прежние показатели сохранены:" + Environment.NewLine
            + "  marts.dim_organisations, проверка exactly_one_federation: строк с нарушением — 1. В реестре (organisations) должна быть ровно одна организация уровня federation: добавьте её строку; например:" + Environment.NewLine
            + "    federations=0",
            failed.Error,
            StringComparison.Ordinal);
        Assert.Equal(1L, Batches());

        var again = Run(updated, 1, "build", "--cutoff", "2026-10-15", "--lang", "kk");
        Assert.Contains("15.10.2026 кесу күніне деректер тексерісі өтпеді (1)", again.Error, StringComparison.Ordinal);
        Assert.Contains("Тізілімде (organisations) federation деңгейіндегі дәл бір ұйым болуы керек", again.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("rolled back", again.Error, StringComparison.Ordinal);
    }

    /// <summary>An empty folder is most likely the wrong one: refused, leaving no new warehouse and no batch in an old one.</summary>
    [Fact]
    public void Update_FolderWithoutContractFiles_IsRefused_NothingIsCreatedOrCommitted()
    {
        var first = Run(updated, 1, "update", updated.Inbox, "--cutoff", "2026-10-15");
        var loaded = Run(updated, 1, "load", updated.Inbox);
        Assert.Contains("нет файлов входного контракта", first.Error, StringComparison.Ordinal);
        Assert.Contains("нет файлов входного контракта", loaded.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(updated.Database.Path));
        Assert.False(Directory.Exists(Path.Combine(updated.Root, "load-reports")));

        UpdatedThenALateEventDelivered();
        updated.ClearInbox();
        updated.Write("events late.txt", "event_id,org_id,type,date,participants,submitted_at", "E-LATE-1,P1,members_meeting,2026-10-01,12,");

        var later = Run(updated, 1, "update", updated.Inbox, "--cutoff", "2026-10-15", "--lang", "kk");
        Assert.Contains("атауы сәйкес келмейді: events late.txt. Пакет жүктелмеді", later.Error, StringComparison.Ordinal);
        Assert.Equal(1L, Batches());
    }

    /// <summary>The small federation brought in at 15.10, then a late event of P1 waiting in the inbox.</summary>
    private void UpdatedThenALateEventDelivered()
    {
        SmallFederation.WriteTo(updated);
        Run(updated, 0, "update", updated.Inbox, "--cutoff", "2026-10-15");
        updated.ClearInbox();
        updated.Write("events_late.csv", "event_id,org_id,type,date,participants,submitted_at", "E-LATE-1,P1,members_meeting,2026-10-01,12,");
    }

    private long Batches()
    {
        using var connection = updated.Database.Open();
        return connection.ExecuteScalar<long>("select count(*) from raw.load_batches");
    }

    private static ProcessResult Run(TemporaryWarehouse warehouse, int exitCode, params string[] arguments)
    {
        var run = AnalyticsProcess.Run(warehouse.Root, arguments);
        Assert.True(run.ExitCode == exitCode, $"analytics {string.Join(' ', arguments)} exited {run.ExitCode}, expected {exitCode}.\n{run.Output}\n{run.Error}");
        return run;
    }

    public void Dispose()
    {
        updated.Dispose();
        loadedThenBuilt.Dispose();
    }
}
