using Analytics.TestSupport;

namespace Analytics.EndToEnd.Tests;

/// <summary>Issue 11: `analytics build` says how many models it rebuilt and how many of them only for a new batch's rows, rebuilds nothing when nothing is new, and `--full` rebuilds every model.</summary>
public sealed class IncrementalBuildCliTests : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    [Fact]
    public void Build_SaysWhatItRebuilt_InRussianAndKazakh()
    {
        SmallFederation.WriteTo(warehouse);
        Expect("load", warehouse.Inbox);

        var first = Expect("build", "--cutoff", "2026-10-15");
        var nothingNew = Expect("build", "--cutoff", "2026-10-15", "--lang", "kk");
        warehouse.ClearInbox();
        warehouse.Write("events_late.csv", "event_id,org_id,type,date,participants,submitted_at", "E-LATE-1,P1,other,2026-10-01,12,");
        Expect("load", warehouse.Inbox);
        var followUp = Expect("build", "--cutoff", "2026-10-15");
        warehouse.ClearInbox();
        warehouse.Write("events_later.csv", "event_id,org_id,type,date,participants,submitted_at", "E-LATE-1,P1,other,2026-10-01,14,");
        Expect("load", warehouse.Inbox);
        var followUpKazakh = Expect("build", "--cutoff", "2026-10-15", "--lang", "kk");
        var full = Expect("build", "--cutoff", "2026-10-15", "--full");

        Assert.Contains("Модели пересчитаны на дату среза 15.10.2026", first.Output, StringComparison.Ordinal);
        Assert.Contains("пересчитаны все (", first.Output, StringComparison.Ordinal);
        Assert.Contains("15.10.2026 кесу күніне модельдер қайта есептелмеді", nothingNew.Output, StringComparison.Ordinal);
        Assert.Matches(@"пересчитано \d+ из \d+ \(из них 1 — только по строкам новых пакетов\), у остальных \(\d+\) входные данные не изменились", followUp.Output);
        Assert.Matches(@"\d+ қайта есептелді \(оның ішінде 1 — тек жаңа пакеттердің жолдары бойынша\), қалғандарының", followUpKazakh.Output);
        Assert.Contains("пересчитаны все (", full.Output, StringComparison.Ordinal);
    }

    private ProcessResult Expect(params string[] arguments)
    {
        var run = AnalyticsProcess.Run(warehouse.Root, arguments);
        Assert.True(run.ExitCode == 0, $"analytics {string.Join(' ', arguments)} exited {run.ExitCode}.\n{run.Output}\n{run.Error}");
        return run;
    }

    public void Dispose() => warehouse.Dispose();
}
