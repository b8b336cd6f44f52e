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

    /// <summary>
    /// The appeals' topics are rebuilt in part after an appeals batch, as the cache gains its texts' verdicts; an edited
    /// topic lexicon re-classifies every text, so the models reading the verdicts are rebuilt whole, while those reading
    /// only the appeals are still rebuilt in part.
    /// </summary>
    [Fact]
    public void Build_AppealsBatch_TopicsInPartUnlessTheLexiconChanged()
    {
        SmallFederation.WriteTo(warehouse);
        Expect("load", warehouse.Inbox);
        Expect("build", "--cutoff", "2026-10-15");
        var lexicon = Path.Combine(warehouse.Root, "topic-lexicon.csv");
        File.WriteAllText(lexicon, "topic,language,stem\nwages,ru,зарплат\n");
        var edited = new Dictionary<string, string?> { ["SENIM_TOPIC_LEXICON"] = lexicon };

        DeliverAppeal("A-LATE-1", "Задержка зарплаты третий месяц");
        var lexiconEdited = Expect(edited, "build", "--cutoff", "2026-10-15");
        DeliverAppeal("A-LATE-2", "Снова задержка зарплаты");
        var sameLexicon = Expect(edited, "build", "--cutoff", "2026-10-15");

        // stg_inbox__appeals and int_appeals_dated; then int_appeals_topics and int_appeals_classified too
        Assert.Contains("(из них 2 — только по строкам новых пакетов)", lexiconEdited.Output, StringComparison.Ordinal);
        Assert.Contains("(из них 4 — только по строкам новых пакетов)", sameLexicon.Output, StringComparison.Ordinal);
    }

    private void DeliverAppeal(string id, string text)
    {
        warehouse.ClearInbox();
        warehouse.Write(
            $"appeals_{id}.csv",
            "appeal_id,received_at,channel,kind,org_id,topic,text,first_response_at,resolved_at,status,satisfaction,is_member,age_group,appellant_key,updated_at",
            $"{id},2026-10-02T10:00:00+05:00,whatsapp,complaint,P1,,{text},,,new,,true,adult,ak-{id},");
        Expect("load", warehouse.Inbox);
    }

    private ProcessResult Expect(params string[] arguments) => Expect(null, arguments);

    private ProcessResult Expect(IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var run = AnalyticsProcess.Run(warehouse.Root, environment, arguments);
        Assert.True(run.ExitCode == 0, $"analytics {string.Join(' ', arguments)} exited {run.ExitCode}.\n{run.Output}\n{run.Error}");
        return run;
    }

    public void Dispose() => warehouse.Dispose();
}
